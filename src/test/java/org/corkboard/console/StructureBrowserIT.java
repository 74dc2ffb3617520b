package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import java.util.List;
import org.corkboard.search.IndexedIds;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator adds a category under "For sale", gives it a choice field, and finds both on the
 * form that posts a listing; the tree counts each category's active listings, keeps the keyboard on
 * a category moved up or down, and fits a phone's screen; the tree and the category's page pass
 * axe-core.
 */
class StructureBrowserIT extends PagesTestBase {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin-corkboard-dev";

  @Test
  void anAdministratorAddsACategoryWithAChoiceAndSeesItOnThePostPage() throws Exception {
    String name = "Lamps " + IndexedIds.randomWord();
    try (var browser = new Browser()) {
      browser.signIn(ADMIN, ADMIN_PASSWORD).open("/admin/categories/");
      add(browser, "For sale", name);
      assertAccessible(browser);

      browser.clickAndWait("a[title^='Rename, move, retire or change the fields of " + name + "']");
      assertThat(browser.find("#categoryName").getText()).isEqualTo(name);
      browser.type("label", "Shade colour");
      new Select(browser.find("#kind")).selectByVisibleText("Choice of options");
      browser.find("#required").click();
      browser.type("options", "Ivory\nSage green");
      browser.find("#saveField").click();
      browser.waitForText("Added the field “Shade colour”.");
      assertThat(browser.find("#fields").getText()).contains("Shade colour").contains("Required");
      assertAccessible(browser);

      browser.open("/listing/edit");
      new Select(browser.find("#categoryId")).selectByVisibleText("For sale › " + name);
      browser.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(By.id("fieldsBlock"), "Shade colour"));
      WebElement choice = browser.find("#fieldsBlock select");
      List<String> options =
          new Select(choice).getOptions().stream().map(WebElement::getText).toList();
      assertThat(options).containsExactly("— choose —", "Ivory", "Sage green");
    }
  }

  @Test
  void theTreeCountsActiveListingsATopLevelCategoryWithItsSubCategories() throws Exception {
    String word = IndexedIds.randomWord();
    String attic = "Attic " + word;
    String boxes = "Boxes " + word;
    try (var browser = new Browser()) {
      browser.signIn(ADMIN, ADMIN_PASSWORD).open("/admin/categories/");
      add(browser, null, attic);
      add(browser, attic, boxes);
      assertThat(activeListings(browser, attic)).isEqualTo("0");

      var seller = signedInAs(verifiedAccount());
      publish(seller, "Old trunk " + word, attic);
      publish(seller, "Moving boxes " + word, attic + " › " + boxes);
      publish(seller, "Archive boxes " + word, attic + " › " + boxes);
      Page edit = seller.get("/listing/edit");
      String draft = "Shoe boxes " + word;
      Page saved =
          seller.submit(
              edit, "listing", listingFields(edit, draft, attic + " › " + boxes), "saveDraft");
      assertThat(saved.url()).as(draft).contains("/listing/edit?id=");

      browser.open("/admin/categories/");
      assertThat(activeListings(browser, boxes)).as("a draft is not listed").isEqualTo("2");
      assertThat(activeListings(browser, attic)).isEqualTo("3");
      assertAccessible(browser);
    }
  }

  @Test
  void upAndDownKeepTheKeyboardOnTheMovedCategory() throws Exception {
    String word = IndexedIds.randomWord();
    String shelf = "Shelf " + word;
    try (var browser = new Browser()) {
      browser.signIn(ADMIN, ADMIN_PASSWORD).open("/admin/categories/");
      add(browser, null, shelf);
      for (String child : List.of("A ", "B ", "C ")) {
        add(browser, shelf, child + word);
      }
      String up = move(browser, "C " + word, "up");
      String down = move(browser, "C " + word, "down");

      press(browser, up);
      browser.waitUntil(d -> names(browser, word).equals(List.of("A", "C", "B")));
      assertThat(focused(browser)).as("the same button, to press again").isEqualTo(up);

      press(browser, up);
      browser.waitUntil(d -> names(browser, word).equals(List.of("C", "A", "B")));
      assertThat(browser.find("[data-move='" + up + "']").isEnabled()).isFalse();
      assertThat(focused(browser)).as("the first sibling moves only down").isEqualTo(down);
    }
  }

  @Test
  void onAPhoneTheTreeFitsTheScreenWithArrowsThatKeepTheirNames() throws Exception {
    String name = "Garden furniture, parasols and balcony cushions " + IndexedIds.randomWord();
    try (var browser = new Browser()) {
      browser.phone().signIn(ADMIN, ADMIN_PASSWORD).open("/admin/categories/");
      add(browser, "For sale", name);
      assertThat(browser.fitsTheWidth()).as("no scrolling sideways at 390 pixels").isTrue();

      WebElement up = browser.find("[data-move='" + move(browser, name, "up") + "']");
      assertThat(up.getAttribute("aria-label")).isEqualTo("Move " + name + " up");
      assertThat(up.getAttribute("title")).isEqualTo("Move " + name + " up");
      assertThat(up.getSize().getWidth()).as("the arrow alone").isLessThanOrEqualTo(48);
      assertAccessible(browser);
    }
  }

  /** Adds a category through the form, under a top-level one (null: at the top). */
  private static void add(Browser browser, String parent, String name) {
    Select under = new Select(browser.find("#parentId"));
    if (parent == null) {
      under.selectByIndex(0);
    } else {
      under.selectByVisibleText(parent);
    }
    browser.type("name", name);
    browser.find("#add").click();
    browser.waitForText("Added “" + name + "”.");
  }

  /** Publishes a listing through the edit page, in the category of that label in its menu. */
  private static void publish(WebClient seller, String title, String category) throws Exception {
    Page edit = seller.get("/listing/edit");
    Page listing = seller.submit(edit, "listing", listingFields(edit, title, category), "publish");
    assertThat(listing.url()).as(title).contains("/listings/");
  }

  private static WebElement row(Browser browser, String name) {
    return browser.waitUntil(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//tr[.//span[@class='cb-category-name' and text()='" + name + "']]")));
  }

  private static String activeListings(Browser browser, String name) {
    return row(browser, name).findElement(By.cssSelector(".cb-category-count")).getText();
  }

  /** The data-move of the category's up or down button, which cbFocusMove looks for. */
  private static String move(Browser browser, String name, String direction) {
    return row(browser, name)
        .findElement(By.cssSelector("[data-move^='" + direction + "-']"))
        .getAttribute("data-move");
  }

  private static void press(Browser browser, String move) {
    browser.find("[data-move='" + move + "']").sendKeys(Keys.ENTER);
  }

  private static String focused(Browser browser) {
    return (String) browser.script("return document.activeElement.getAttribute('data-move')");
  }

  /**
   * The letters of the sub-categories "A word", "B word" and "C word" in the tree's order, read in
   * one script: the rows are replaced while the tree is updated.
   */
  @SuppressWarnings("unchecked")
  private static List<String> names(Browser browser, String word) {
    var names =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#tree .cb-category-name')]"
                    + ".map(name => name.textContent)");
    return names.stream()
        .filter(name -> name.matches("[ABC] " + word))
        .map(name -> name.substring(0, 1))
        .toList();
  }
}
