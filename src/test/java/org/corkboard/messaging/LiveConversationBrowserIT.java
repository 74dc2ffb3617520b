package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two people on their pages at once: what one does appears on the other's page without reloading,
 * pushed through the live socket.
 */
class LiveConversationBrowserIT extends PagesTestBase {

  @Test
  void messagesReadReceiptsAndBlockingReachTheOtherPageLive() throws Exception {
    String seller = verifiedAccount();
    String buyer = verifiedAccount();
    String listing = publishedListing(seller, "Canoe " + unique("live"));

    try (var bruno = new Browser();
        var alice = new Browser()) {
      bruno.signIn(seller, PASSWORD).open("/inbox");
      bruno.waitForText("No conversations yet");
      awaitSocket(bruno);
      assertThat(bruno.driver().findElements(By.id("inboxBadge"))).isEmpty();
      ((JavascriptExecutor) bruno.driver()).executeScript("window.sameDocument = true");

      alice.signIn(buyer, PASSWORD).open(listing);
      alice
          .type("text", "Is the canoe still there?")
          .clickAndWait("#sendMessage")
          .waitForText("Your message is sent.");
      awaitSocket(alice);

      bruno.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".cb-conversations"), "Is the canoe still there?"));
      bruno.waitUntil(ExpectedConditions.textToBe(By.id("inboxBadge"), "1"));
      assertThat(
              ((JavascriptExecutor) bruno.driver())
                  .executeScript("return window.sameDocument === true"))
          .as("not reloaded")
          .isEqualTo(true);

      assertThat(alice.driver().findElements(By.cssSelector(".cb-seen"))).isEmpty();
      bruno.clickAndWait(".cb-conversation-link").waitForText("Is the canoe still there?");
      alice.waitUntil(ExpectedConditions.textToBe(By.cssSelector(".cb-seen"), "Seen"));
      assertThat(alice.find("#presence").getText()).isEqualTo("online now");

      awaitSocket(bruno);
      bruno.type("text", "Yes, come by tomorrow.").clickAndWait("#send");
      alice.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("conversationMessages"), "Yes, come by tomorrow."));
      assertThat(alice.driver().findElements(By.cssSelector(".cb-message"))).hasSize(2);

      bruno.find("#block").click();
      bruno.clickAndWait(".ui-confirmdialog-yes").waitForText("can no longer write to you");
      alice
          .type("text", "Shall I bring a trailer?")
          .clickAndWait("#send")
          .waitForText("This conversation does not accept messages from you.");
      assertThat(alice.driver().findElements(By.cssSelector(".cb-message"))).hasSize(2);
    }
  }

  /** Waits until the page's live socket is open, so that nothing pushed before is missed. */
  private static void awaitSocket(Browser browser) {
    browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "open"));
  }
}
