package org.corkboard.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.console.ConsoleAccess.assertForAdministratorsOnly;

import java.util.List;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * The settings and word list pages at their addresses: administrators only (moderators reach the
 * console, not these), and a refused value or pattern answers the page with the reason, never an
 * error.
 */
class SettingsPagesIT extends PagesTestBase {

  private static final String SETTINGS = "/admin/settings/";
  private static final String WORDS = "/admin/words/";

  @Test
  void anonymousVisitorsColleaguesAndModeratorsAreKeptOut() throws Exception {
    assertForAdministratorsOnly(
        List.of(SETTINGS, "/admin/settings/index.xhtml"), "Corkboard console", "console-settings");
    assertForAdministratorsOnly(
        List.of(WORDS, "/admin/words/index.xhtml"), "Corkboard console", "console-word_list");
  }

  @Test
  void administratorsSeeEverySettingWithItsValueAndSource() throws Exception {
    WebClient admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page page = admin.get(SETTINGS);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains("id=\"LISTING_LIFETIME\"")
        .contains("id=\"SIGN_IN_ADDRESS_LIMIT\"")
        .contains("Reports by different people that hide a listing")
        .contains("cb-console-current")
        .contains("Word list");
    assertThat(admin.get(WORDS).html())
        .contains("id=\"wordForm\"")
        .contains("id=\"wordTable:words\"");
  }

  @Test
  void aRefusedValueOrPatternIsExplainedBesideItsField() throws Exception {
    WebClient admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page page = admin.get(SETTINGS);
    Page refused =
        admin
            .form(page, "form_LISTING_LIFETIME")
            .set("LISTING_LIFETIME", "a month")
            .press("save_LISTING_LIFETIME");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.html())
        .contains("Listing lifetime: write a whole number of days, like 30.")
        .contains("value=\"a month\"");

    Page words = admin.get(WORDS);
    Page badPattern =
        admin
            .form(words, "wordForm")
            .set("kind", "PATTERN")
            .set("text", "(unclosed")
            .press("addWord");
    assertThat(badPattern.status()).isEqualTo(200);
    assertThat(badPattern.html()).contains("This is not a regular expression");
  }
}
