package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A colleague posts a bike with two pictures, finds it, edits it and closes it. */
class ListingBrowserIT extends PagesTestBase {

  @Test
  void postFindEditReorderAndCloseAListing(@TempDir Path folder) throws Exception {
    String seller = verifiedAccount();
    String title = "City bike " + unique("red");
    try (var browser = new Browser()) {
      browser.signIn(seller, PASSWORD);

      browser.open("/listing/edit");
      browser.type("title", title).type("description", "Red city bike, 28 inch.\nBell included.");
      new Select(browser.find("#categoryId")).selectByVisibleText("For sale › Bikes");
      browser.type("priceAmount", "120").type("city", "Berlin").type("postalCode", "10115");
      browser.clickAndWait("#saveDraft").waitForText("Draft saved. Add pictures, then publish.");

      browser
          .present("#pictureUpload_input")
          .sendKeys(
              picture(folder, "first.png", Color.RED)
                  + "\n"
                  + picture(folder, "second.png", Color.BLUE));
      browser.waitUntil(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cb-picture img"), 2));
      browser.clickAndWait("#publish").waitForText("Your listing is online.");
      String listingUrl = browser.url();
      assertThat(listingUrl)
          .as("the listing's own address")
          .matches(".*/listings/\\d+/city-bike-red\\d+");
      assertThat(browser.find("#title").getText()).isEqualTo(title);
      assertThat(browser.find("#price").getText()).isEqualTo("€120.00");
      assertThat(browser.driver().findElements(By.cssSelector(".cb-gallery img"))).hasSize(2);

      for (String page : List.of("/", "/category?c=bikes", "/category?c=for-sale")) {
        browser.open(page);
        assertThat(browser.text()).as(page).contains(title);
      }

      browser.open(listingUrl).clickAndWait("#edit");
      browser
          .type("priceAmount", "95")
          .clickAndWait("#publish")
          .waitForText("Your changes are saved.");
      assertThat(browser.find("#price").getText()).isEqualTo("€95.00");

      String coverBefore = cover(browser, listingUrl);
      browser.clickAndWait("#edit");
      String firstBefore = browser.find(".cb-picture").getAttribute("data-picture");
      browser.find(".cb-picture .cb-move-right").click();
      browser.waitUntil(
          d ->
              !firstBefore.equals(
                  ((org.openqa.selenium.JavascriptExecutor) d)
                      .executeScript(
                          "return document.querySelector('.cb-picture').dataset.picture")));
      assertThat(cover(browser, listingUrl)).isNotEqualTo(coverBefore);

      browser.find("#close").click();
      browser.find(".ui-confirmdialog-yes").click();
      browser.waitForText("Closed on");
      assertThat(browser.find("#statusBanner").getText()).contains("no longer available");

      browser.signOut();
    }
  }

  @Test
  void anotherColleagueSeesNoEditButtonAndCannotOpenTheEditPage() throws Exception {
    String seller = verifiedAccount();
    String other = verifiedAccount();
    String title = "Desk lamp " + unique("lamp");
    try (var browser = new Browser()) {
      browser.signIn(seller, PASSWORD);
      browser.open("/listing/edit");
      browser.type("title", title).type("description", "Warm light, works fine.");
      new Select(browser.find("#categoryId")).selectByVisibleText("For sale › Home & garden");
      browser.type("priceAmount", "15").type("city", "Hamburg");
      browser.clickAndWait("#publish").waitForText("Your listing is online.");
      String listingUrl = browser.url();
      String id = listingUrl.replaceAll(".*/listings/(\\d+)/.*", "$1");

      var colleague = new WebClient();
      PagesTestBase.signIn(colleague, other, PASSWORD, false);
      var page = colleague.get(listingUrl);
      assertThat(page.html()).contains(title).doesNotContain("id=\"edit\"");
      var edit = colleague.get("/listing/edit?id=" + id);
      assertThat(edit.status()).isEqualTo(403);
      assertThat(edit.html()).contains("You may not see this");
    }
  }

  private static String cover(Browser browser, String listingUrl) {
    browser.open(listingUrl);
    WebElement cover = browser.find(".cb-gallery .cb-cover img");
    return cover.getAttribute("src");
  }

  private static Path picture(Path folder, String name, Color color) throws Exception {
    var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 640, 480);
    g.dispose();
    Path file = folder.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
