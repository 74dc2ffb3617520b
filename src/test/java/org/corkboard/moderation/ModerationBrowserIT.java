package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A colleague reports a listing; a moderator hides it with a reason; its owner sees why on the
 * listing's page and in "My listings", edits it and asks for another review; the moderator shows it
 * again; an administrator finds both decisions with their reasons in the audit log. The moderator
 * cannot open the administrators' pages. (The moderator and the administrator are the demo board's,
 * which the test server loads.)
 */
class ModerationBrowserIT extends PagesTestBase {

  private static final String MODERATOR = "moderator";
  private static final String MODERATOR_PASSWORD = "moderator-corkboard-dev";
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin-corkboard-dev";

  /** The queue of one owner's listings: other tests' cases may fill its first pages. */
  private static final String QUEUE = "/admin/moderation/?kind=LISTING";

  @Test
  void aReportedListingIsHiddenExplainedEditedReviewedAndShownAgain() throws Exception {
    String owner = verifiedAccount();
    String colleague = verifiedAccount();
    String title = "Poster " + unique("mod");
    String listingUrl = publishedListing(owner, title);

    try (var browser = new Browser()) {
      browser.signIn(colleague, PASSWORD).open(listingUrl).clickAndWait("#report");
      assertAccessible(browser);
      browser.find("label[for='reason:2']").click();
      browser.type("note", "Insulting slogan on it.").clickAndWait("#report");
      assertThat(browser.text()).contains("Reported. Thank you");
      assertThat(browser.find("#reported").getText()).isEqualTo("Reported");
    }

    try (var browser = new Browser()) {
      browser.signIn(MODERATOR, MODERATOR_PASSWORD);
      decide(browser, owner, title, "Listing hidden", "Offensive slogans are not allowed.");
    }

    String edited = title + " (plain)";
    try (var browser = new Browser()) {
      browser.signIn(owner, PASSWORD).open(listingUrl);
      assertThat(browser.find("#statusBanner").getText())
          .contains("Hidden")
          .contains("Offensive slogans are not allowed.");
      assertAccessible(browser);
      browser.open("/listing/mine");
      assertThat(browser.find("#listings").getText())
          .contains("Hidden")
          .contains("Offensive slogans are not allowed.");
      browser.open("/listing/edit?id=" + idOf(listingUrl));
      browser.type("title", edited).clickAndWait("#publish");
      browser.clickAndWait("#askForReview");
      assertThat(browser.text()).contains("a moderator will look at your listing again");
    }

    try (var browser = new Browser()) {
      browser.signIn(MODERATOR, MODERATOR_PASSWORD).open(queueOf(owner));
      assertThat(row(browser, edited)).contains("the owner asks for another review");
      decide(browser, owner, edited, "Listing shown again", "Fine without the slogan.");
      assertThat(browser.find("nav.cb-console-menu").getText())
          .contains("Moderation")
          .doesNotContain("People")
          .doesNotContain("Settings");
      for (String page : new String[] {"/admin/people/", "/admin/settings/"}) {
        browser.open(page);
        assertThat(browser.text()).as(page).contains("You may not see this");
      }
    }

    String id = idOf(listingUrl);
    try (var browser = new Browser()) {
      browser
          .signIn(ADMIN, ADMIN_PASSWORD)
          .open("/admin/audit/?person=moderator&action=moderation");
      String log = browser.find("#auditTable").getText();
      assertThat(log)
          .contains("moderation.hide")
          .contains("listing " + id)
          .contains("Offensive slogans are not allowed.")
          .contains("moderation.restore")
          .contains("Fine without the slogan.");
      assertAccessible(browser);
    }

    try (var browser = new Browser()) {
      browser.signIn(colleague, PASSWORD).open(listingUrl);
      assertThat(browser.find("#title").getText()).isEqualTo(edited);
      browser.open("/notifications");
      assertThat(browser.text()).contains("was reviewed by a moderator");
    }
  }

  /** Opens the listing's case from the queue filtered by its owner and decides with the reason. */
  private static void decide(
      Browser browser, String owner, String title, String decision, String reason) {
    browser.open(queueOf(owner));
    assertAccessible(browser);
    browser
        .driver()
        .findElement(By.xpath(rowXpath(title) + "//a[contains(@class,'cb-decide')]"))
        .click();
    browser.find("#subjectTitle");
    assertAccessible(browser);
    browser
        .driver()
        .findElement(By.xpath("//label[normalize-space(text())='" + decision + "']"))
        .click();
    browser.type("reason", reason);
    browser.find("#decide").click();
    browser.clickAndWait("#confirmYes");
    assertThat(browser.text()).contains("Decided:");
  }

  private static String idOf(String listingUrl) {
    return listingUrl.replaceAll(".*/listings/(\\d+).*", "$1");
  }

  private static String queueOf(String owner) {
    return QUEUE + "&owner=" + owner;
  }

  private static String row(Browser browser, String title) {
    return browser.driver().findElement(By.xpath(rowXpath(title))).getText();
  }

  private static String rowXpath(String title) {
    return "//tr[.//strong[normalize-space(text())='" + title + "']]";
  }
}
