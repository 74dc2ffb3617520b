package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import java.util.List;
import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator opens the console: the dashboard draws its charts, the menu leads to the audit
 * log, a search by action shows only that action, and its CSV export holds the same entries. Both
 * pages pass axe-core.
 */
class ConsoleBrowserIT extends PagesTestBase {

  private static final String ACTION = "account.role.grant";

  @Test
  void anAdministratorReadsTheDashboardAndExportsAnAction() throws Exception {
    try (var browser = new Browser()) {
      browser.signIn("admin", "admin-corkboard-dev").open("/admin/");
      browser.present("#newListingsChart canvas");
      browser.present("#signUpsChart canvas");
      browser.present("#reportsChart canvas");
      assertThat(browser.find("#countPeople").getText()).matches("\\d+");
      assertAccessible(browser);

      browser.clickAndWait(".cb-console-menu a[href$='/admin/audit/']");
      assertThat(browser.url()).contains("/admin/audit/");
      browser.type("action", ACTION).clickAndWait("#search");
      assertThat(browser.url()).contains("action=" + ACTION);
      List<WebElement> actions =
          browser.driver().findElements(By.cssSelector("#auditTable\\:entries .cb-audit-action"));
      assertThat(actions).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).isEqualTo(ACTION));
      assertAccessible(browser);

      String export = browser.find("#exportCsv").getAttribute("href");
      assertThat(export).contains("/admin/audit/export?action=" + ACTION);
      String csv = WebClient.signedIn("admin", "admin-corkboard-dev").get(export).html();
      List<String> lines = csv.lines().toList();
      assertThat(lines.get(0)).startsWith("id,when,actor_id,actor,action,");
      assertThat(lines.subList(1, lines.size()))
          .hasSizeGreaterThanOrEqualTo(actions.size())
          .allSatisfy(line -> assertThat(line.split(",")[4]).isEqualTo(ACTION));
    }
  }
}
