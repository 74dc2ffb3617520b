package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.corkboard.platform.robustness.MemberContent;
import org.corkboard.platform.robustness.PageForms;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;

/** What the listing editor says to input it cannot take, sent as a browser without checks would. */
class ListingEditorInputIT extends PagesTestBase {

  @Test
  void aMissingKindOrPricingIsExplained() throws Exception {
    var member = member();
    assertThat(publish(member, Map.of("type", "")))
        .contains("Choose what kind of listing this is.");
    assertThat(publish(member, Map.of("priceMode", ""))).contains("Choose how it is priced.");
  }

  @Test
  void aPriceThatIsNoNumberIsExplained() throws Exception {
    var member = member();
    for (String price : new String[] {"NaN", "∞", "1,5", "1e999999999", "twelve"}) {
      assertThat(publish(member, Map.of("priceAmount", price)))
          .as(price)
          .contains("Enter the price as a number, such as 25 or 9.50.");
    }
  }

  @Test
  void aPriceWithDecimalsIsTaken() throws Exception {
    var member = member();
    assertThat(publishedPage(member, Map.of("priceAmount", "9.50"))).contains("€9.50");
  }

  @Test
  void aTownTheMapDoesNotKnowIsSavedWithANote() throws Exception {
    var member = member();
    String note = "We could not place this town on the map";

    String unknown = publishedPage(member, Map.of("city", "Xyzzyville"));
    String known = publishedPage(member, Map.of("city", "Berlin-Pankow"));

    assertThat(unknown).contains("Your listing is online.", note, "Xyzzyville");
    assertThat(known).contains("Your listing is online.").doesNotContain(note);
  }

  /** Publishes a new listing with the changed fields; returns the listing's page. */
  private static String publishedPage(WebClient member, Map<String, String> changes)
      throws Exception {
    String listing =
        PageForms.press(member, "/listing/edit", "listing", form(member, changes), "publish");
    return member.get(listing).html();
  }

  private static WebClient member() throws Exception {
    var browser = new WebClient();
    signIn(browser, verifiedAccount(), PASSWORD, false);
    return browser;
  }

  /** Publishes a new listing with the changed fields; returns the page that answers. */
  private static String publish(WebClient member, Map<String, String> changes) throws Exception {
    return PageForms.submit(
            member,
            "/listing/edit",
            "listing",
            form(member, changes),
            s -> s.params.put("publish", ""))
        .body();
  }

  /** A valid new listing, but for the changes. */
  private static Map<String, String> form(WebClient member, Map<String, String> changes)
      throws Exception {
    var fields =
        new java.util.HashMap<>(
            Map.of(
                "title", "A lamp " + unique(""),
                "categoryId", MemberContent.category(member),
                "description", "Bright and small.",
                "priceAmount", "12",
                "city", "Berlin"));
    fields.putAll(changes);
    return fields;
  }
}
