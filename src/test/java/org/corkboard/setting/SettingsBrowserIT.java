package org.corkboard.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import java.util.stream.Collectors;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator changes a setting and sets it back, then adds a word to the word list and
 * removes it again (both shared by the whole server, so nothing is left changed). Both pages pass
 * axe-core.
 */
class SettingsBrowserIT extends PagesTestBase {

  private static final String SETTING = "MESSAGING_MAX_NEW_CONVERSATIONS";

  @Test
  void anAdministratorChangesASettingAndKeepsTheWordList() throws Exception {
    String word =
        "zq"
            + unique("")
                .chars()
                .mapToObj(digit -> String.valueOf((char) ('a' + digit - '0')))
                .collect(Collectors.joining());
    try (var browser = new Browser()) {
      browser.signIn("admin", "admin-corkboard-dev").open("/admin/");
      browser.clickAndWait(".cb-console-menu a[href$='/admin/settings/']");
      assertAccessible(browser);
      browser.type(SETTING, "21").clickAndWait("#save_" + SETTING);
      assertThat(browser.text()).contains("New conversations per person in a day is now 21.");
      assertThat(browser.find("#about_" + SETTING).getText())
          .contains("Now 21 (changed here by admin)");
      assertAccessible(browser);
      browser.find("#reset_" + SETTING).click();
      browser.clickAndWait("#confirmYes");
      assertThat(browser.text()).contains("New conversations per person in a day is now 20.");

      browser.clickAndWait(".cb-console-menu a[href$='/admin/words/']");
      browser.type("text", word).type("note", "Only for this test.").clickAndWait("#addWord");
      assertThat(browser.text()).contains("“" + word + "” is on the word list.");
      assertThat(browser.find("#wordTable\\:words").getText())
          .contains(word)
          .contains("Only for this test.");
      assertAccessible(browser);
      browser
          .driver()
          .findElement(
              By.xpath("//tr[.//code[text()='" + word + "']]//button[contains(@id,'remove')]"))
          .click();
      browser.clickAndWait("#wordTable\\:confirmYes");
      assertThat(browser.text()).contains("“" + word + "” is no longer on the word list.");
    }
  }
}
