package org.corkboard.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import java.time.Duration;
import java.time.Instant;
import org.corkboard.testing.Browser;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two people register while no SMTP server listens: their confirmation mails are given up on. An
 * administrator finds both on "Mail and queues", retries one once the SMTP server is back, and it
 * arrives; discards the other, chosen in the table, after confirming. The page passes axe-core.
 */
class MailQueuesBrowserIT extends PagesTestBase {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void anAdministratorRetriesOneMailGivenUpOnAndDiscardsAnother() throws Exception {
    String retried = unique("retried");
    String discarded = unique("discarded");
    greenMail.stop();
    register(new WebClient(), retried, PASSWORD);
    register(new WebClient(), discarded, PASSWORD);

    try (var browser = new Browser()) {
      browser.signIn("admin", "admin-corkboard-dev");
      awaitDeadLetters(browser, address(retried), address(discarded));
      assertThat(browser.find("#queues").getText()).contains("corkboard.mail");
      assertThat(row(browser, address(retried)).getText())
          .as("the reason in words")
          .contains("Could not connect")
          .doesNotContain("Exception");
      assertAccessible(browser);

      greenMail.start();
      row(browser, address(retried)).findElement(By.cssSelector(".cb-retry")).click();
      browser.waitForText("Sent back to the queue: 1 message.");
      assertThat(MailBox.body(MailBox.await(greenMail, address(retried), 1)))
          .contains("/account/verify");
      assertThat(browser.text()).doesNotContain(address(retried));

      row(browser, address(discarded)).findElement(By.cssSelector(".ui-chkbox-box")).click();
      browser.find("#discardSelected").click();
      browser.clickAndWait("#confirmYes");
      browser.waitForText("Discarded: 1 message.");
      assertThat(browser.text()).doesNotContain(address(discarded));
      assertAccessible(browser);
    }
    assertThat(MailBox.to(greenMail, address(discarded))).isEmpty();
  }

  private static String address(String name) {
    return name + "@test.example";
  }

  /** Opens the page until both mails are among its dead letters (after their six attempts). */
  private static void awaitDeadLetters(Browser browser, String... addresses)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      browser.open("/admin/mail/");
      String text = browser.find("#letters").getText();
      if (java.util.Arrays.stream(addresses).allMatch(text::contains)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The mails were not given up on within " + PATIENCE);
  }

  private static WebElement row(Browser browser, String address) {
    return browser
        .find("#letters")
        .findElement(By.xpath(".//tr[.//*[contains(text(),'" + address + "')]]"));
  }
}
