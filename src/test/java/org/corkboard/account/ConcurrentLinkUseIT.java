package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An e-mailed link whose form is sent several times at once (a double click, several tabs, a client
 * that retries) works exactly once; every other request gets the answer of a spent link, never an
 * error.
 */
@Tag("persistence")
class ConcurrentLinkUseIT extends PagesTestBase {

  static final int AT_ONCE = 10;
  static final String SPENT = "This link has expired or was already used";

  @Test
  void aResetLinkSentTenTimesAtOnceSetsOnePassword() throws Exception {
    String name = unique("resetrace");
    String link = resetLink(name);

    List<Page> answers =
        atOnce(
            link,
            (browser, page, i) ->
                browser.submit(page, "reset", Map.of("password", newPassword(i)), "submit"));

    int winner = theOneThatSays(answers, "Your new password is set");
    for (Page loser : losers(answers, winner)) {
      assertThat(loser.html()).contains(SPENT).doesNotContain("id=\"reset\"");
    }
    assertThat(signIn(new WebClient(), name, newPassword(winner), false).html())
        .contains("Display " + name);
  }

  @Test
  void aVerificationLinkSentTenTimesAtOnceConfirmsOnce() throws Exception {
    String name = unique("verifyrace");
    String link = verificationLink(name);

    List<Page> answers =
        atOnce(link, (browser, page, i) -> browser.submit(page, "verify", Map.of(), "confirm"));

    int winner = theOneThatSays(answers, "your e-mail address is confirmed");
    for (Page loser : losers(answers, winner)) {
      assertThat(loser.html()).contains(SPENT);
    }
    assertThat(signIn(new WebClient(), name, PASSWORD, false).html())
        .contains("Display " + name)
        .doesNotContain("Confirm your e-mail address (");
  }

  interface Submission {
    Page send(WebClient browser, Page form, int index) throws Exception;
  }

  /** Opens the link in separate browsers, then sends all their forms at the same moment. */
  private static List<Page> atOnce(String link, Submission submission) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Page>> sent = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        var browser = new WebClient();
        Page form = browser.get(link);
        int index = i;
        Callable<Page> task =
            () -> {
              go.await();
              return submission.send(browser, form, index);
            };
        sent.add(threads.submit(task));
      }
      go.countDown();
      List<Page> answers = new ArrayList<>();
      for (Future<Page> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  /** Asserts that no answer is an error and exactly one says the text; returns its index. */
  private static int theOneThatSays(List<Page> answers, String success) {
    List<String> outcomes =
        answers.stream()
            .map(page -> page.status() + (page.contains(success) ? " success" : ""))
            .toList();
    assertThat(outcomes)
        .allSatisfy(outcome -> assertThat(outcome).doesNotStartWith("5"))
        .filteredOn(outcome -> outcome.endsWith("success"))
        .hasSize(1);
    return outcomes.indexOf("200 success");
  }

  private static List<Page> losers(List<Page> answers, int winner) {
    List<Page> losers = new ArrayList<>(answers);
    losers.remove(winner);
    return losers;
  }

  private static String newPassword(int index) {
    return "a brand new passphrase number " + index;
  }
}
