package org.corkboard.search.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import jakarta.mail.Message;
import org.corkboard.testing.Browser;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A colleague saves a search on the search page; another publishes a listing it finds; the alert
 * arrives by e-mail, with its unsubscribe link, and in the bell. Relies only on the "Save this
 * search" form (WEB-INF/includes/save-search.xhtml) that the search page includes, and on the
 * account's saved-searches page. Each page on the way has no serious or critical axe-core finding.
 */
class SavedSearchBrowserIT extends PagesTestBase {

  @Test
  void aSavedSearchTellsOfAColleaguesNewListingByMailAndInTheBell() throws Exception {
    String word = unique("lamp");
    String searcher = verifiedAccount();
    String seller = verifiedAccount();
    try (var browser = new Browser()) {
      browser.signIn(searcher, PASSWORD).open("/account/saved-searches").find("#noSavedSearches");
      assertAccessible(browser);
      browser.open("/search?q=" + word).find("#saveSearchForm");
      assertAccessible(browser);
      browser.type("savedSearchName", "Desk lamps");
      new Select(browser.find("#savedSearchFrequency")).selectByValue("IMMEDIATE");
      browser.clickAndWait("#saveThisSearch").waitForText("Your search “Desk lamps” is saved.");
      assertThat(browser.url()).endsWith("/search?q=" + word);
      assertAccessible(browser);

      publishedListing(seller, "Brass desk " + word);

      Message alert = MailBox.await(greenMail, searcher + "@test.example", 2);
      assertThat(alert.getSubject()).contains("new listing for your search “Desk lamps”");
      assertThat(MailBox.body(alert)).contains("Brass desk " + word);
      String unsubscribe = MailBox.link(alert, "/account/search-alerts");

      browser.open("/account/saved-searches").waitForText("Desk lamps");
      assertAccessible(browser);
      browser.open("/");
      assertThat(browser.find("#bellBadge").getText()).isEqualTo("1");
      browser.open("/notifications").waitForText("New for your search “Desk lamps”: Brass desk");

      browser.open(unsubscribe).waitForText("Your saved search “Desk lamps” is paused");
      assertAccessible(browser);
      browser.open("/account/saved-searches").waitForText("(paused)");
      browser.signOut().open("/search?q=" + word).find("#signInToSaveSearch");
      assertAccessible(browser);
      browser.open("/account/search-alerts?token=forged.token").find("#invalidLink");
      assertAccessible(browser);
    }
  }
}
