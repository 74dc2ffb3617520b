package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Writing in a real browser: Shift+Enter starts a new line, Enter sends. */
class MessagingBrowserIT extends PagesTestBase {

  @Test
  void enterSendsAndShiftEnterStartsANewLine() throws Exception {
    String seller = verifiedAccount();
    String colleague = verifiedAccount();
    String title = "Kayak " + unique("enter");
    String listing = publishedListing(seller, title);

    try (var browser = new Browser()) {
      browser.signIn(colleague, PASSWORD).open(listing);
      browser
          .type("text", "Hello")
          .clickAndWait("#sendMessage")
          .waitForText("Your message is sent.");

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
}
