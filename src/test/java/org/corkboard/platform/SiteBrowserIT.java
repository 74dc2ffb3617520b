package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The header on every page, in a real browser: its category menu behaves as menus do. */
class SiteBrowserIT extends PagesTestBase {

  private static final String MENU = "#categoryMenu";

  @Test
  void theCategoryMenuClosesOnEscapeOrAClickElsewhereAndWorksByKeyboard() {
    try (var browser = new Browser()) {
      browser.open("/");
      WebElement summary = browser.find(MENU + " summary");

      summary.click();
      browser.find(MENU + " a[href$='c=for-sale']");
      new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
      browser.waitUntil(driver -> !isOpen(browser));
      assertThat(browser.driver().switchTo().activeElement())
          .as("focus goes back to the menu button")
          .isEqualTo(summary);

      summary.click();
      browser.waitUntil(driver -> isOpen(browser));
      browser.find(".cb-footer span").click();
      browser.waitUntil(driver -> !isOpen(browser));

      summary.sendKeys(Keys.ENTER);
      browser.waitUntil(driver -> isOpen(browser));
      browser.find(MENU + " a[href$='c=housing']").sendKeys(Keys.ENTER);
      browser.waitUntil(driver -> browser.url().endsWith("/category?c=housing"));
      assertThat(browser.find("h1").getText()).isEqualTo("Housing");
    }
  }

  private static boolean isOpen(Browser browser) {
    return "true".equals(browser.present(MENU).getDomProperty("open"));
  }
}
