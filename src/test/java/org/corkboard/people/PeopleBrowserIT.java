package org.corkboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Axe.assertAccessible;

import org.corkboard.testing.Browser;
import org.corkboard.testing.PagesTestBase;
import org.junit.jupiter.api.Test;

/**
 * An administrator finds a colleague by searching the people table, opens their page, locks their
 * account with a reason after confirming, and finds the lock in the person's audit entries. Both
 * pages pass axe-core.
 */
class PeopleBrowserIT extends PagesTestBase {

  @Test
  void anAdministratorFindsAPersonAndLocksTheirAccount() throws Exception {
    String name = verifiedAccount();
    try (var browser = new Browser()) {
      browser.signIn("admin", "admin-corkboard-dev").open("/admin/");
      browser.clickAndWait(".cb-console-menu a[href$='/admin/people/']");
      browser.type("q", name.toUpperCase()).clickAndWait("#search");
      assertThat(browser.find(".cb-person-username").getText()).isEqualTo(name);
      assertAccessible(browser);

      browser.clickAndWait("a.cb-person-link");
      assertThat(browser.find("#personName").getText()).contains("@" + name);
      assertThat(browser.find("#personState").getText()).isEqualTo("Active");
      assertAccessible(browser);

      browser.type("reason", "Reported a stolen laptop");
      browser.find("#lock").click();
      browser.clickAndWait("#confirmYes");
      assertThat(browser.text()).contains("Locked; their sessions have ended.");
      assertThat(browser.find("#personState").getText()).isEqualTo("Locked");
      assertThat(browser.find("#auditEntries .cb-audit-action").getText())
          .isEqualTo("account.lock");
      assertThat(browser.find("#auditEntries .cb-audit-reason").getText())
          .isEqualTo("Reported a stolen laptop");
      browser.find("#unlock");
    }
  }
}
