package org.corkboard.platform;

import static org.corkboard.testing.Axe.assertAccessible;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corkboard.testing.Browser;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page a person can reach, in each state that shows something of its own (messages, dialogs,
 * menus), has no serious or critical axe-core finding (WCAG 2.1 AA).
 */
class AccessibilityBrowserIT extends PagesTestBase {

  @Test
  void pagesForVisitorsAreAccessible() {
    try (var browser = new Browser()) {
      for (String page :
          new String[] {
            "/",
            "/category?c=for-sale",
            "/category?c=bikes",
            "/search?q=bike",
            "/account/sign-in?signedOut=true",
            "/account/sign-in?ended=true",
            "/account/register",
            "/account/forgot-password",
            "/account/reset-password?token=no-such-token",
            "/account/verify?token=no-such-token",
            "/no-such-page"
          }) {
        browser.open(page);
        assertAccessible(browser);
      }

      browser.open("/account/sign-in").type("identifier", "nobody").type("password", "wrong");
      browser.clickAndWait("#submit").waitForText("do not match");
      assertAccessible(browser);

      browser.open("/account/register").clickAndWait("#submit");
      assertAccessible(browser);

      browser.open("/account/forgot-password").type("email", "nobody@test.example");
      browser.clickAndWait("#submit").waitForText("a link to choose a new password");
      assertAccessible(browser);

      browser.open("/account/sign-in").driver().manage().deleteAllCookies();
      browser.clickAndWait("#submit").waitForText("This page was open too long");
      assertAccessible(browser);
    }
  }

  @Test
  void accountPagesAreAccessible(@TempDir Path folder) throws Exception {
    String name = verifiedAccount();
    try (var browser = new Browser()) {
      browser.open("/account/forgot-password").type("email", name + "@test.example");
      browser.clickAndWait("#submit");
      browser.open(
          MailBox.link(
              MailBox.await(greenMail, name + "@test.example", 2), "/account/reset-password"));
      browser.find("#password");
      assertAccessible(browser);

      browser.signIn(name, PASSWORD);
      assertAccessible(browser);
      browser.find("#nav\\:userMenu_button").click();
      browser.find("#nav\\:signOut");
      assertAccessible(browser);

      browser.open("/account/profile");
      assertAccessible(browser);
      browser.type("displayName", "").clickAndWait("#saveProfile");
      assertAccessible(browser);
      browser.type("currentPassword", "not my password").type("newPassword", "short");
      browser.clickAndWait("#changePassword");
      assertAccessible(browser);

      Path avatar = Files.write(folder.resolve("me.png"), TestImages.png(400, 300));
      browser.find("#avatar").sendKeys(avatar.toString());
      browser.clickAndWait("#uploadAvatar").waitForText("Your new picture is saved.");
      assertAccessible(browser);
      browser.find("#removeAvatar").click();
      browser.find(".ui-confirmdialog-yes");
      assertAccessible(browser);

      browser.open("/account/user?name=" + name);
      assertAccessible(browser);
      browser.signOut();
      browser.open("/account/user?name=" + name);
      assertAccessible(browser);
    }
  }

  @Test
  void anUnverifiedColleagueSeesAccessibleReminders() throws Exception {
    String name = unique("fresh");
    register(new WebClient(), name, PASSWORD);
    try (var browser = new Browser()) {
      browser.open(
          MailBox.link(MailBox.await(greenMail, name + "@test.example", 1), "/account/verify"));
      browser.find("#confirm");
      assertAccessible(browser);

      browser.signIn(name, PASSWORD).find("#unverified");
      assertAccessible(browser);
      browser.open("/listing/edit").find("#title");
      assertAccessible(browser);
    }
  }

  @Test
  void listingPagesAreAccessible(@TempDir Path folder) throws Exception {
    String seller = verifiedAccount();
    String colleague = verifiedAccount();
    try (var browser = new Browser()) {
      browser.signIn(seller, PASSWORD).open("/listing/edit");
      assertAccessible(browser);
      browser.clickAndWait("#publish");
      assertAccessible(browser);

      browser.type("title", "Reading lamp " + unique("lamp")).type("description", "Warm light.");
      new Select(browser.find("#categoryId")).selectByVisibleText("For sale › Home & garden");
      browser.type("priceAmount", "15").type("city", "Hamburg");
      browser.clickAndWait("#saveDraft").waitForText("Draft saved.");
      assertAccessible(browser);
      Path picture = Files.write(folder.resolve("lamp.png"), TestImages.png(640, 480));
      browser.present("#pictureUpload_input").sendKeys(picture.toString());
      browser.find(".cb-picture img");
      assertAccessible(browser);

      browser.clickAndWait("#publish").waitForText("Your listing is online.");
      String listing = browser.url();
      assertAccessible(browser);
      browser.find("#close").click();
      browser.find(".ui-confirmdialog-no");
      assertAccessible(browser);

      for (String page : new String[] {"/listing/mine", "/", "/category?c=for-sale"}) {
        browser.open(page);
        assertAccessible(browser);
      }

      browser.open(listing).clickAndWait("#markSold").waitForText("Marked as sold.");
      assertAccessible(browser);
      String edit = "/listing/edit?id=" + listing.replaceAll(".*/listings/(\\d+).*", "$1");
      browser.signOut().open(listing);
      assertAccessible(browser);

      browser.signIn(colleague, PASSWORD).open(listing);
      assertAccessible(browser);
      browser.open(edit).waitForText("You may not see this");
      assertAccessible(browser);
    }
  }

  @Test
  void favouritePagesAreAccessible() throws Exception {
    String title = "Standing desk " + unique("fav");
    String listing = publishedListing(verifiedAccount(), title);
    try (var browser = new Browser()) {
      browser.signIn(verifiedAccount(), PASSWORD).open("/account/favourites");
      browser.find("#noFavourites");
      assertAccessible(browser);
      browser.open(listing).find("#heart .cb-heart").click();
      browser.waitUntil(
          d -> browser.find("#heart .cb-heart").getAttribute("aria-pressed").equals("true"));
      assertAccessible(browser);
      for (String page : new String[] {"/", "/category?c=for-sale", "/account/favourites"}) {
        browser.open(page).find(".cb-heart");
        assertAccessible(browser);
      }
    }
  }

  @Test
  void messagingPagesAreAccessible() throws Exception {
    String seller = verifiedAccount();
    String colleague = verifiedAccount();
    String title = "Armchair " + unique("chat");
    String listing = publishedListing(seller, title);
    try (var browser = new Browser()) {
      browser.signIn(colleague, PASSWORD).open("/inbox");
      assertAccessible(browser);
      browser.open(listing).find("#contactForm");
      assertAccessible(browser);
      browser.type("text", "Is it still available?").clickAndWait("#sendMessage");
      browser.waitForText("Your message is sent.");
      assertAccessible(browser);
      browser.open("/inbox");
      assertAccessible(browser);
      browser.signOut().signIn(seller, PASSWORD).find("#inboxBadge");
      assertAccessible(browser);
      browser.open("/notifications").find("#markAllRead");
      assertAccessible(browser);
      browser.open("/inbox").find(".cb-conversation-link").click();
      browser.waitForText("Is it still available?");
      assertAccessible(browser);
      browser.open("/account/notifications").find("#saveEmailSettings");
      assertAccessible(browser);
      browser
          .signOut()
          .open("/account/mail-preference?token=1.NEW_MESSAGE.forged")
          .find("#invalidLink");
      assertAccessible(browser);
    }
  }
}
