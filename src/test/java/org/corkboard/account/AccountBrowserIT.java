package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.corkboard.testing.Browser;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** A new colleague's first visit, in a real browser. */
class AccountBrowserIT extends PagesTestBase {

  @Test
  void registerVerifySignInEditProfileWithAvatarAndSignOut(@TempDir Path folder) throws Exception {
    String name = unique("browser");
    try (var browser = new Browser()) {
      browser.open("/").clickAndWait("#register");
      browser
          .type("username", name)
          .type("email", name + "@test.example")
          .type("displayName", "Bea Browser")
          .type("password", PASSWORD)
          .clickAndWait("#submit")
          .waitForText("we sent a link to");

      String link =
          MailBox.link(MailBox.await(greenMail, name + "@test.example", 1), "/account/verify");
      browser.open(link).clickAndWait("#confirm").waitForText("your e-mail address is confirmed");

      browser.type("identifier", name).type("password", PASSWORD).clickAndWait("#submit");
      assertThat(browser.find("#nav\\:userMenu_button").getText()).isEqualTo("Bea Browser");

      browser.open("/account/profile");
      browser.type("displayName", "Bea Q. Browser").type("bio", "I sell bikes.\nAnd books.");
      new Select(browser.find("#homeSite")).selectByIndex(1);
      browser.clickAndWait("#saveProfile").waitForText("Your profile is saved.");
      assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("Bea Q. Browser");

      browser.find("#avatar").sendKeys(picture(folder).toString());
      browser.clickAndWait("#uploadAvatar").waitForText("Your new picture is saved.");
      var avatar = browser.find("#avatarImage");
      Object width =
          ((JavascriptExecutor) browser.driver())
              .executeScript("return arguments[0].naturalWidth", avatar);
      assertThat(((Number) width).intValue()).isEqualTo(256);

      browser.open("/account/user?name=" + name).waitForText("Bea Q. Browser");
      assertThat(browser.text()).contains("I sell bikes.").doesNotContain(name + "@test.example");

      browser.signOut();
      assertThat(browser.driver().findElements(By.id("signIn"))).isNotEmpty();
    }
  }

  @Test
  void aWrongPasswordShowsAClearMessage() {
    try (var browser = new Browser()) {
      browser
          .open("/account/sign-in")
          .type("identifier", "alice-who-is-not-here")
          .type("password", "not my password at all")
          .clickAndWait("#submit");
      assertThat(browser.text())
          .contains("That username or e-mail address and password do not match.");
      assertThat(browser.find("#identifier").getAttribute("value"))
          .isEqualTo("alice-who-is-not-here");
    }
  }

  private static Path picture(Path folder) throws Exception {
    var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0xB5835A));
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    Path file = folder.resolve("me.png");
    ImageIO.write(image, "png", file.toFile());
    assertThat(Files.size(file)).isPositive();
    return file;
  }
}
