package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import java.util.List;
import org.corkboard.search.IndexedIds;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator adds a category under "For sale", gives it a choice field, and finds both on the
 * form that posts a listing; the tree and the category's page pass axe-core.
 */
class StructureBrowserIT extends PagesTestBase {

  @Test
  void anAdministratorAddsACategoryWithAChoiceAndSeesItOnThePostPage() throws Exception {
    String name = "Lamps " + IndexedIds.randomWord();
    try (var browser = new Browser()) {
      browser.signIn("admin", "admin-corkboard-dev").open("/admin/categories/");
      new Select(browser.find("#parentId")).selectByVisibleText("For sale");
      browser.type("name", name);
      browser.find("#add").click();
      browser.waitForText("Added “" + name + "”.");
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
}
