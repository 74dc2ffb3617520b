package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Writing in a real browser: Shift+Enter starts a new line, Enter sends; a refused file says why
 * and loses nothing typed.
 */
class MessagingBrowserIT extends PagesTestBase {

  @Test
  void enterSendsAndShiftEnterStartsANewLine() throws Exception {
    try (var browser = new Browser()) {
      inANewConversation(browser, "Kayak");

      var box = browser.find("#text");
      box.sendKeys("First line");
      box.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
      box.sendKeys("second line");
      assertThat(browser.url()).as("Shift+Enter sends nothing").contains("/inbox/");
      assertThat(browser.driver().findElements(By.cssSelector(".cb-message"))).hasSize(1);
      box.sendKeys(Keys.ENTER);
      browser.waitUntil(d -> d.findElements(By.cssSelector(".cb-message")).size() == 2);
      assertThat(browser.find("#conversationMessages").getText())
          .contains("First line\nsecond line");
    }
  }

  @Test
  void aRefusedFileSaysWhyAndKeepsWhatWasTyped(@TempDir Path folder) throws Exception {
    try (var browser = new Browser()) {
      inANewConversation(browser, "Tent");
      browser.type("text", "Here is the receipt");
      Path drawing =
          Files.writeString(
              folder.resolve("receipt.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
      browser.present("#attachmentUpload input[type=file]").sendKeys(drawing.toString());

      browser.waitForText("Attach a picture (JPEG, PNG or WebP) or a PDF document.");
      assertThat(browser.driver().findElements(By.cssSelector(".cb-pending"))).isEmpty();
      assertThat(browser.find("#text").getAttribute("value")).isEqualTo("Here is the receipt");

      Path receipt = Files.write(folder.resolve("receipt.pdf"), TestImages.pdf());
      browser.present("#attachmentUpload input[type=file]").sendKeys(receipt.toString());
      browser.waitUntil(d -> d.findElements(By.cssSelector(".cb-pending")).size() == 1);
      browser.clickAndWait("#send");
      browser.waitUntil(d -> d.findElements(By.cssSelector(".cb-message")).size() == 2);
      assertThat(browser.find("#conversationMessages").getText()).contains("Here is the receipt");
      assertThat(browser.driver().findElements(By.cssSelector(".cb-attachment-file"))).hasSize(1);
    }
  }

  /** Signs a new colleague in, and writes "Hello" about a new seller's listing of the item. */
  private static void inANewConversation(Browser browser, String item) throws Exception {
    String listing = publishedListing(verifiedAccount(), item + " " + unique("chat"));
    browser.signIn(verifiedAccount(), PASSWORD).open(listing);
    browser.type("text", "Hello").clickAndWait("#sendMessage").waitForText("Your message is sent.");
  }
}
