package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/** The confirmation of a successful form reaches the page the form leads to, exactly once. */
class ConfirmationsIT extends PagesTestBase {

  private static final String SAVED = "Your changes are saved.";

  @Test
  void anAjaxRequestOfThePageLeftBehindDoesNotTakeTheConfirmationAway() throws Exception {
    var seller = signedInAs(verifiedAccount());
    String title = "Bike " + unique("notice");
    Page listing = publish(seller, draftListing(seller, title), title);
    Page edit = seller.get("/listing/edit?id=" + idOf(listing));

    Map<String, String> changed = new HashMap<>(listingFields(edit, title));
    changed.put("priceAmount", "95");
    Page redirect = seller.form(edit, "listing").set(changed).pressWithoutFollowing("publish");
    assertThat(redirect.status()).isEqualTo(302);

    // The price's delayed preview, sent by the page while the browser follows the redirect.
    Page preview =
        seller
            .form(edit, "listing")
            .set(changed)
            .set(
                Map.of(
                    "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "priceAmount",
                    "jakarta.faces.behavior.event", "keyup",
                    "jakarta.faces.partial.execute", "priceAmount",
                    "jakarta.faces.partial.render", "preview"))
            .header("Faces-Request", "partial/ajax")
            .send();
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.html()).contains("<partial-response").doesNotContain(SAVED);

    String location = redirect.header("Location").get(0);
    Page shown = seller.get(location);
    assertThat(shown.html()).contains(SAVED).contains("€95.00");
    assertThat(seller.get(location).html()).as("shown once").doesNotContain(SAVED);
  }

  @Test
  void aConfirmationShownOnTheSameResponseIsNotShownAgain() throws Exception {
    var seller = signedInAs(verifiedAccount());
    String title = "Bike " + unique("once");
    Page listing = publish(seller, draftListing(seller, title), title);
    assertThat(listing.html()).contains("Your listing is online.");

    Page renewed = seller.submitWithoutScript(listing, "owner", Map.of(), "renew");
    assertThat(renewed.html()).contains("Renewed: your listing now runs until");
    assertThat(seller.get(listing.url()).html()).doesNotContain("Renewed:");
  }

  private static String idOf(Page listing) {
    Matcher id = Pattern.compile("/listings/(\\d+)/").matcher(listing.url());
    assertThat(id.find()).as(listing.url()).isTrue();
    return id.group(1);
  }
}
