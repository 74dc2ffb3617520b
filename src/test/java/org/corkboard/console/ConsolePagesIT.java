package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SecurityHeaders;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open the console's pages, at the address: anonymous visitors are asked to sign in,
 * colleagues are refused, moderators reach the console but not the administrators' pages, and
 * administrators reach everything. Signs in as the demo board's staff, which the test server has.
 */
@ExtendWith(ArquillianExtension.class)
class ConsolePagesIT {

  private static final String HOME = "/admin/";
  private static final String AUDIT = "/admin/audit/";
  private static final String EXPORT = "/admin/audit/export";
  private static final List<String> ADMIN_ONLY = List.of(AUDIT, EXPORT, "/admin/audit/index.xhtml");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anonymousVisitorsAreAskedToSignIn() throws Exception {
    var visitor = new WebClient();
    for (String path : List.of(HOME, "/admin", AUDIT, EXPORT)) {
      Page page = visitor.get(path);
      assertThat(page.url()).as(path).contains("/account/sign-in");
      assertThat(page.html()).as(path).doesNotContain("Corkboard console");
    }
  }

  @Test
  void colleaguesAreRefused() throws Exception {
    var alice = WebClient.signedIn("alice", "user-corkboard-dev");
    for (String path : List.of(HOME, AUDIT, EXPORT)) {
      Page page = alice.get(path);
      assertThat(page.status()).as(path).isEqualTo(403);
      assertThat(page.html()).as(path).doesNotContain("Corkboard console");
    }
  }

  @Test
  void moderatorsReachTheConsoleButNotTheAdministratorsPages() throws Exception {
    var moderator = WebClient.signedIn("moderator", "moderator-corkboard-dev");
    Page home = moderator.get(HOME);
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.url()).contains("/admin/moderation/");
    assertThat(home.html())
        .contains("Moderation queue")
        .contains("Moritz Moderator")
        .doesNotContain("id=\"counts\"")
        .doesNotContain("Audit log")
        .doesNotContain("Dashboard");
    for (String path : ADMIN_ONLY) {
      assertThat(moderator.get(path).status()).as(path).isEqualTo(403);
    }
  }

  @Test
  void administratorsReachEveryPage() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page home = admin.get(HOME);
    assertThat(home.status()).isEqualTo(200);
    SecurityHeaders.assertPresent(home);
    assertThat(home.html())
        .contains("Corkboard console")
        .contains("Ada Admin")
        .contains("id=\"countPeople\"")
        .contains("id=\"newListingsChart\"")
        .contains("id=\"signUpsChart\"")
        .contains("id=\"countReports\"")
        .contains("id=\"reportsChart\"")
        .contains("Moderation queue")
        .contains("Audit log")
        .contains("Back to the site");
    Page audit = admin.get(AUDIT);
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.html()).contains("id=\"auditTable:entries\"").contains("cb-console-current");
    Page export = admin.get(EXPORT);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type"))
        .anySatisfy(type -> assertThat(type).startsWith("text/csv"));
    assertThat(export.html()).startsWith("id,when,actor_id,actor,action,");
  }

  @Test
  void aFilterThatCannotBeUsedIsNotedNotFailed() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page page = admin.get(AUDIT + "?from=yesterday&action=%3Cscript%3E&person=" + "x".repeat(40));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains("The start date is written like 2026-03-01")
        .contains("An action is written like account.role.grant")
        .contains("A username has at most 30 characters");
    Page export = admin.get(EXPORT + "?to=never&action=%3D1%2B1");
    assertThat(export.status()).isEqualTo(200);
  }
}
