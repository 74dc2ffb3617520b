package org.corkboard.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A colleague looks for a bicycle, types it wrong, narrows by category and price, sorts, opens a
 * result and comes back to the same search.
 */
class SearchBrowserIT extends PagesTestBase {

  @Test
  void searchNarrowSortOpenAndComeBack() throws Exception {
    String word = SearchWords.random();
    String owner = verifiedAccount();
    publish(owner, "Touring bicycle " + word, "300");
    publish(owner, "Children's bicycle " + word, "120");
    publish(owner, "Bicycle lamp " + word, "15");

    try (var browser = new Browser()) {
      browser.open("/");
      WebElement box = browser.find(".cb-search input[name=q]");
      box.sendKeys("bicylce " + word);
      awaitResults(browser, box, 3);
      assertThat(browser.find("#didYouMean").getText()).contains("bicycle " + word);
      assertThat(browser.find("#results").getText()).contains("Touring bicycle " + word);

      clickAndWait(browser, facet("category", "For sale"));
      clickAndWait(browser, facet("category", "Bikes"));
      clickAndWait(browser, facet("price", "€100 – €500"));
      assertThat(chips(browser)).contains("Category: Bikes", "€100 – €500");
      clickAndWait(browser, By.linkText("Price: low to high"));

      assertThat(titles(browser))
          .containsExactly("Children's bicycle " + word, "Touring bicycle " + word);
      String searchUrl = browser.url();
      assertThat(searchUrl).contains("sort=price-low").contains("min=100").contains("max=499.99");

      clickAndWait(browser, By.partialLinkText("Children's bicycle"));
      assertThat(browser.find("#title").getText()).isEqualTo("Children's bicycle " + word);
      browser.driver().navigate().back();
      browser.waitUntil(ExpectedConditions.urlToBe(searchUrl));
      assertThat(chips(browser)).contains("Category: Bikes", "€100 – €500");
      assertThat(titles(browser))
          .containsExactly("Children's bicycle " + word, "Touring bicycle " + word);
    }
  }

  @Test
  void theSearchBoxSuggestsAndTheKeyboardChooses() throws Exception {
    String word = SearchWords.random();
    publish(verifiedAccount(), "Espresso machine " + word, "80");
    // Asked outside the browser first, which would keep an early empty answer for a minute.
    assertThat(
            SearchPagesIT.awaitSuggestion(new WebClient(), word, "Espresso machine " + word).html())
        .contains("Espresso machine " + word);
    try (var browser = new Browser()) {
      browser.open("/");
      WebElement box = browser.find(".cb-search input[name=q]");
      box.sendKeys(word);
      browser.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("searchSuggestions"), "Espresso machine " + word));
      assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

      box.sendKeys(Keys.ARROW_DOWN);
      assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
      WebElement html = browser.driver().findElement(By.tagName("html"));
      box.sendKeys(Keys.ENTER);
      browser.waitUntil(ExpectedConditions.stalenessOf(html));
      assertThat(browser.url()).contains("/search?q=Espresso+machine+" + word);
      assertThat(titles(browser)).containsExactly("Espresso machine " + word);
    }
  }

  /** Submits the header's box until the index, which follows the database closely, has them. */
  private static void awaitResults(Browser browser, WebElement box, int expected) {
    String typed = box.getAttribute("value");
    browser.waitUntil(
        driver -> {
          if (!driver.getCurrentUrl().contains("/search")) {
            driver.findElement(By.cssSelector(".cb-search input[name=q]")).submit();
          } else if (titles(browser).size() < expected) {
            driver.navigate().refresh();
          }
          return driver.getCurrentUrl().contains("/search") && titles(browser).size() == expected;
        });
    assertThat(typed).isNotBlank();
  }

  private static By facet(String facet, String label) {
    return By.xpath("//section[@id='facet-" + facet + "']//a[normalize-space()='" + label + "']");
  }

  private static void clickAndWait(Browser browser, By link) {
    WebElement html = browser.driver().findElement(By.tagName("html"));
    browser.waitUntil(ExpectedConditions.elementToBeClickable(link)).click();
    browser.waitUntil(ExpectedConditions.stalenessOf(html));
  }

  private static List<String> chips(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".cb-chip")).stream()
        .map(chip -> chip.getText().replace("×", "").strip())
        .toList();
  }

  private static List<String> titles(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#results .cb-card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Publishes a bike of the owner's at this price through the edit page. */
  private static void publish(String owner, String title, String price) throws Exception {
    WebClient client = signedInAs(owner);
    Page edit = client.get("/listing/edit");
    Map<String, String> fields = new HashMap<>(listingFields(edit, title));
    fields.put("priceAmount", price);
    Page draft = client.submit(edit, "listing", fields, "saveDraft");
    Map<String, String> publish = new HashMap<>(listingFields(draft, title));
    publish.put("priceAmount", price);
    client.submit(draft, "listing", publish, "publish");
  }
}
