package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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

      Path picture = Files.createTempFile("canoe", ".png");
      Files.write(picture, TestImages.png(800, 600));
      Path receipt = Files.createTempFile("receipt", ".pdf");
      Files.write(receipt, PDF);
      WebElement chooser =
          bruno.driver().findElement(By.cssSelector("#attachmentUpload input[type=file]"));
      chooser.sendKeys(picture + "\n" + receipt);
      bruno.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cb-pending"), 2));
      bruno.clickAndWait("#send");
      alice.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cb-message"), 3));
      WebElement thumbnail = alice.find(".cb-attachment img");
      alice.waitUntil(
          driver ->
              (Boolean)
                  ((JavascriptExecutor) driver)
                      .executeScript(
                          "return arguments[0].complete && arguments[0].naturalWidth > 0",
                          thumbnail));
      Files.delete(picture);
      Files.delete(receipt);

      String pictureAddress = thumbnail.getAttribute("src").replaceFirst("\\?size=thumb$", "");
      String pdfAddress = alice.find(".cb-attachment-file").getAttribute("href");
      onlyTheTwoPeopleGet(pictureAddress, "image/jpeg", seller, buyer);
      Page pdf = onlyTheTwoPeopleGet(pdfAddress, "application/pdf", seller, buyer);
      assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment;")
          .contains("receipt");

      bruno.find("#block").click();
      bruno.clickAndWait(".ui-confirmdialog-yes").waitForText("can no longer write to you");
      alice
          .type("text", "Shall I bring a trailer?")
          .clickAndWait("#send")
          .waitForText("This conversation does not accept messages from you.");
      assertThat(alice.driver().findElements(By.cssSelector(".cb-message"))).hasSize(3);
    }
  }

  /**
   * A page whose live socket is cut (a proxy's idle timeout, a network change) misses the hints
   * sent meanwhile; it re-reads what it shows, so a message written then still appears.
   */
  @Test
  void aPageWhoseSocketWasCutCatchesUpOnWhatItMissed() throws Exception {
    String seller = verifiedAccount();
    String buyer = verifiedAccount();
    String listing = publishedListing(seller, "Paddle " + unique("cut"));

    try (var bruno = new Browser();
        var alice = new Browser().beforeEveryPage(CUTTABLE_SOCKETS)) {
      alice.signIn(buyer, PASSWORD).open(listing);
      alice.type("text", "Are the paddles included?").clickAndWait("#sendMessage");
      alice.waitForText("Your message is sent.");
      awaitSocket(alice);

      alice.script("cbCutSockets()");
      alice.waitUntil(d -> Boolean.TRUE.equals(alice.script("return cbAllSocketsClosed()")));
      bruno.signIn(seller, PASSWORD).open("/inbox").find(".cb-conversation-link").click();
      bruno.waitForText("Are the paddles included?");
      bruno.type("text", "Both of them, yes.").clickAndWait("#send");

      alice.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("conversationMessages"), "Both of them, yes."));
      assertThat(alice.script("return cbAllSocketsClosed()")).as("still cut off").isEqualTo(true);
    }
  }

  /**
   * Keeps the page's web sockets at hand and lets a test cut them: after {@code cbCutSockets()},
   * every socket the page opens again fails to connect, as on a network that is down.
   */
  private static final String CUTTABLE_SOCKETS =
      """
      (function () {
        var Native = window.WebSocket;
        var sockets = [];
        var cut = false;
        function Cuttable(url, protocols) {
          var socket = new Native(cut ? "ws://127.0.0.1:9/" : url, protocols);
          sockets.push(socket);
          return socket;
        }
        Cuttable.prototype = Native.prototype;
        ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (name) {
          Cuttable[name] = Native[name];
        });
        window.WebSocket = Cuttable;
        window.cbCutSockets = function () {
          cut = true;
          sockets.forEach(function (socket) { socket.close(4000, "cut"); });
        };
        window.cbAllSocketsClosed = function () {
          return sockets.every(function (socket) { return socket.readyState === Native.CLOSED; });
        };
      })();
      """;

  private static final byte[] PDF = TestImages.pdf();

  /**
   * The attachment is served to both people of the conversation, privately cached; a third person
   * gets 404 and an anonymous visitor the sign-in page.
   */
  private static Page onlyTheTwoPeopleGet(String url, String type, String... people)
      throws Exception {
    String path = URI.create(url).getPath();
    Page file = null;
    for (String person : people) {
      file = signedInAs(person).get(path);
      assertThat(file.status()).as(person).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type")).hasValue(type);
      assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private");
    }
    assertThat(signedInAs(verifiedAccount()).get(path).status()).isEqualTo(404);
    assertThat(new WebClient().get(path).url()).contains("/account/sign-in");
    return file;
  }

  /** Waits until the page's live socket is open, so that nothing pushed before is missed. */
  private static void awaitSocket(Browser browser) {
    browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "data-live", "open"));
  }
}
