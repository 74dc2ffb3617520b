package org.corkboard.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.corkboard.account.boundary.SignIn;
import org.corkboard.account.entity.Account;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.ServerLog;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations rely on: the health endpoints a balancer asks, the Prometheus endpoint a
 * monitoring system scrapes, and the request lines in the server log.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ObservabilityIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String BACKLOG = "corkboard.health.mail-backlog";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ObservabilityIT.class).addClass(WebClient.class);
  }

  @Inject TestAccounts testAccounts;
  @Inject SignIn signIn;

  @Test
  void readinessAndLivenessAreUpWithEachCheckNamed() throws Exception {
    Management.Answer ready = awaitReadiness(200);
    assertThat(ready.body())
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"database\"")
        .contains("\"name\":\"jms-broker\"")
        .contains("\"name\":\"search-index\"")
        .contains("\"name\":\"mail-backlog\"");

    Management.Answer live = Management.health("live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void aMailBacklogOverItsThresholdMakesTheNodeUnready() throws Exception {
    awaitReadiness(200);
    System.setProperty(BACKLOG, "0");
    try {
      Management.Answer unready = Management.health("ready");
      assertThat(unready.status()).isEqualTo(503);
      assertThat(unready.body())
          .contains("\"status\":\"DOWN\"")
          .containsPattern("\"name\":\"mail-backlog\",\"status\":\"DOWN\"");
    } finally {
      System.clearProperty(BACKLOG);
    }
    assertThat(Management.health("ready").status()).isEqualTo(200);
  }

  @Test
  void aFailedSignInAPageViewAndASearchMoveTheirMeters() throws Exception {
    Management.addScraperUser();
    String before = awaitScrape();
    assertThat(before)
        .contains("corkboard_jms_queue_depth{")
        .contains("corkboard_jms_dead_letters{")
        .contains("corkboard_search_seconds");

    WebClient browser = new WebClient();
    browser.get("/");
    browser.get("/search?q=bike");
    signInWrongly(browser, "nobody-" + System.nanoTime(), "not the password at all");

    String after = Management.prometheus();
    assertThat(sum(after, "corkboard_sign_in_failures_total"))
        .isGreaterThanOrEqualTo(sum(before, "corkboard_sign_in_failures_total") + 1);
    assertThat(sum(after, "corkboard_requests_seconds_count", "kind=\"home\"", "status=\"2xx\""))
        .isGreaterThanOrEqualTo(
            sum(before, "corkboard_requests_seconds_count", "kind=\"home\"", "status=\"2xx\"") + 1);
  }

  @Test
  void aLockedClientAddressCountsOneLockout() throws Exception {
    Management.addScraperUser();
    String before = awaitScrape();
    String address = "10.%d.%d.%d".formatted(nanoByte(0), nanoByte(8), nanoByte(16));
    // Each try a new name, so only the address is throttled: locked at its 30th failure.
    for (int i = 0; i < 30; i++) {
      assertThat(signIn.withPassword("guess-" + i + "-" + System.nanoTime(), "wrong", address))
          .isEmpty();
    }
    String after = Management.prometheus();
    assertThat(sum(after, "corkboard_sign_in_lockouts_total"))
        .isEqualTo(sum(before, "corkboard_sign_in_lockouts_total") + 1);
    assertThat(sum(after, "corkboard_sign_in_failures_total"))
        .isGreaterThanOrEqualTo(sum(before, "corkboard_sign_in_failures_total") + 30);
  }

  @Test
  void theMetricsAreNotOpenToAnyone() throws Exception {
    assertThat(Management.get("/prometheus", false).status()).isEqualTo(401);
  }

  @Test
  void eachRequestIsLoggedWithItsUserAndStatusButNoPassword() throws Exception {
    Account account = testAccounts.create("logged");
    String wrong = "secret-" + System.nanoTime();
    ServerLog log = ServerLog.fromNow();

    signInWrongly(new WebClient(), account.getUsername(), wrong);
    WebClient.signedIn(account.getUsername(), TestAccounts.PASSWORD).get("/notifications");

    assertThat(log.await("\"POST /account/sign-in")).contains(" 200 ").containsPattern("\\d+ms");
    assertThat(log.await(" " + account.getUsername() + " \"GET /notifications"))
        .contains("\" 200 ");
    assertThat(log.since()).doesNotContain(wrong).doesNotContain(TestAccounts.PASSWORD);
  }

  private static void signInWrongly(WebClient browser, String identifier, String password)
      throws IOException, InterruptedException {
    browser.submit(
        browser.get("/account/sign-in"),
        "signIn",
        Map.of("identifier", identifier, "password", password),
        "submit");
  }

  /** Readiness as soon as it answers this status (the search index catches up after deploying). */
  private static Management.Answer awaitReadiness(int status) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    Management.Answer answer = Management.health("ready");
    while (answer.status() != status && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      answer = Management.health("ready");
    }
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return answer;
  }

  /** The first scrape, once the management realm has read the new user. */
  private static String awaitScrape() throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      try {
        return Management.prometheus();
      } catch (IOException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }

  private static int nanoByte(int shift) {
    return (int) Math.floorMod(System.nanoTime() >> shift, 250L);
  }

  /** The sum of the samples of a metric whose labels contain all the given ones. */
  private static double sum(String scrape, String metric, String... labels) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
