package org.corkboard.favourite;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.Browser;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A colleague saves a bike from its page with the heart, the seller lowers its price, and the
 * colleague hears of it: on the bell, in the notification centre and by e-mail; the favourites page
 * lists the bike, and its heart takes it out again. Anonymous visitors and owners get no heart.
 */
class FavouritesBrowserIT extends PagesTestBase {

  @Test
  void aFanHearsThatTheirFavouriteGotCheaper() throws Exception {
    String seller = verifiedAccount();
    String fan = verifiedAccount();
    String title = "Touring bike " + unique("fav");
    String listingUrl = publishedListing(seller, title);
    try (var browser = new Browser()) {
      browser.signIn(fan, PASSWORD).open(listingUrl);
      WebElement page = browser.driver().findElement(By.tagName("html"));
      WebElement heart = browser.find("#heart .cb-heart");
      assertThat(heart.getAttribute("aria-pressed")).isEqualTo("false");
      assertThat(heart.getAttribute("aria-label")).isEqualTo("Save to favourites");
      heart.click();
      browser.waitUntil(d -> "true".equals(heart.getAttribute("aria-pressed")));
      assertThat(heart.getAttribute("aria-label")).isEqualTo("Remove from favourites");
      assertThat(page.isDisplayed()).as("turned in place, without a new page").isTrue();

      lowerPrice(seller, listingUrl, title, "90");

      browser.open("/");
      assertThat(browser.find("#bellBadge").getText()).isEqualTo("1");
      browser.open("/notifications");
      assertThat(browser.text()).contains("Price lowered from €120 to €90.").contains(title);

      Message mail = MailBox.await(greenMail, fan + "@test.example", 2);
      assertThat(mail.getSubject()).isEqualTo("Price lowered: “" + title + "”");
      assertThat(MailBox.body(mail))
          .contains("Price lowered from €120 to €90.")
          .contains("/listings/" + idOf(listingUrl));

      browser.open("/account/favourites");
      assertThat(browser.find("#favourites").getText()).contains(title).contains("€90.00");
      WebElement cardHeart = browser.find("#favourites .cb-heart");
      assertThat(cardHeart.getAttribute("aria-pressed")).isEqualTo("true");
      cardHeart.click();
      browser.waitUntil(d -> "false".equals(cardHeart.getAttribute("aria-pressed")));
      browser.open("/account/favourites");
      assertThat(browser.find("#noFavourites").getText()).contains("Nothing saved yet.");
    }
  }

  @Test
  void heartsAreForSignedInPeopleOnOthersListings() throws Exception {
    String seller = verifiedAccount();
    String listingUrl = publishedListing(seller, "Cargo bike " + unique("fav"));
    String profile = "/account/user?name=" + seller;
    for (String page : new String[] {listingUrl, profile, "/"}) {
      assertThat(new WebClient().get(page).html())
          .as("anonymous " + page)
          .doesNotContain("cb-heart");
    }
    assertThat(signedInAs(seller).get(listingUrl).html()).as("own").doesNotContain("cb-heart");
    WebClient colleague = signedInAs(verifiedAccount());
    assertThat(colleague.get(listingUrl).html()).contains("aria-label=\"Save to favourites\"");
    assertThat(colleague.get(profile).html())
        .contains("name=\"listing\" value=\"" + idOf(listingUrl) + "\"");
  }

  /** The seller edits the listing's price through the edit page. */
  private static void lowerPrice(String seller, String listingUrl, String title, String price)
      throws Exception {
    WebClient client = signedInAs(seller);
    var edit = client.get("/listing/edit?id=" + idOf(listingUrl));
    Map<String, String> fields = new HashMap<>(listingFields(edit, title));
    fields.put("priceAmount", price);
    var saved = client.submit(edit, "listing", fields, "publish");
    assertThat(saved.html()).contains("Your changes are saved.");
  }

  private static String idOf(String listingUrl) {
    Matcher id = Pattern.compile("/listings/(\\d+)").matcher(listingUrl);
    assertThat(id.find()).as(listingUrl).isTrue();
    return id.group(1);
  }
}
