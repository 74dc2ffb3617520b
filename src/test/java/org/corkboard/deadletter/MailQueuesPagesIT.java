package org.corkboard.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.console.ConsoleAccess.assertForAdministratorsOnly;

import java.util.List;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open "Mail and queues", at the address: anonymous visitors are asked to sign in,
 * colleagues and moderators are refused and do not see it in the menu, administrators reach it from
 * the menu and from the dashboard's count of mails waiting.
 */
@ExtendWith(ArquillianExtension.class)
class MailQueuesPagesIT {

  private static final List<String> PAGE = List.of("/admin/mail/", "/admin/mail/index.xhtml");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anonymousVisitorsColleaguesAndModeratorsAreKeptOut() throws Exception {
    assertForAdministratorsOnly(PAGE, "Dead letters", "console-mail");
  }

  @Test
  void administratorsReachItFromTheMenuAndTheDashboard() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page dashboard = admin.get("/admin/");
    assertThat(dashboard.html())
        .contains("id=\"console-mail\"")
        .containsPattern("href=\"[^\"]*/admin/mail/\"><span id=\"countMails\"");

    Page page = admin.get("/admin/mail/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains("Mail and queues")
        .contains("cb-console-current")
        .contains("id=\"queues\"")
        .contains("data-queue=\"corkboard.mail\"")
        .contains("data-queue=\"corkboard.notification\"")
        .contains("id=\"mailsWaiting\"")
        .contains("id=\"letters\"");
  }
}
