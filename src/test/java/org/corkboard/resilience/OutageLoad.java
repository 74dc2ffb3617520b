package org.corkboard.resilience;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;

/**
 * The steady load of the outage drill: each person, in a thread of their own, opens the home page
 * and "My listings", posts a listing and opens it, again and again, signing in with a new browser
 * every few rounds. Every answer is kept with its time; after a failed step the person starts the
 * round again a second later, as a person would try again.
 */
final class OutageLoad {

  /**
   * One answer: the step, when it was asked and answered (System.nanoTime), its status, page and
   * {@code Retry-After} header (empty if none).
   */
  record Answer(
      String step, long asked, long answered, int status, String body, String retryAfter) {}

  /** The status kept for a page that answered 200 without doing what was asked. */
  static final int NOT_DONE = -2;

  /** Rounds a person's browser lives: then the person signs in again with a new one. */
  private static final int SIGN_IN_EVERY = 5;

  private final List<String> people;
  private final String password;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads;
  final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

  /** Titles of the listings whose publishing was answered with the listing's page. */
  final Queue<String> posted = new ConcurrentLinkedQueue<>();

  OutageLoad(List<String> people, String password) {
    this.people = people;
    this.password = password;
    this.threads = people.stream().map(person -> new Thread(() -> work(person), person)).toList();
  }

  void start() {
    threads.forEach(Thread::start);
  }

  void stop() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void work(String person) {
    WebClient browser = null;
    for (int round = 0; running.get(); round++) {
      try {
        if (browser == null || round % SIGN_IN_EVERY == 0) {
          browser = signIn(person);
        }
        round(browser, person, round);
      } catch (Exception failedStep) {
        pause(1000);
      }
    }
  }

  /** A new browser, signed in; the one before stays in use if this fails. */
  private WebClient signIn(String person) throws StepFailed {
    var browser = new WebClient();
    Page form = step("sign-in form", () -> browser.get("/account/sign-in"));
    step(
        "sign-in",
        () -> PagesTestBase.signInWith(browser, form, person, password),
        page -> !page.url().contains("/account/sign-in"));
    return browser;
  }

  private void round(WebClient browser, String person, int round) throws Exception {
    step("home page", () -> browser.get("/"));
    step("my listings", () -> browser.get("/listing/mine"));
    String title = "Outage drill " + person + " " + round + " " + System.nanoTime() % 1_000_000;
    Page form = step("post: form", () -> browser.get("/listing/edit"));
    Page draft =
        step(
            "post: draft",
            () ->
                browser.submit(
                    form, "listing", PagesTestBase.listingFields(form, title), "saveDraft"));
    Page listing =
        step(
            "post: publish",
            () -> PagesTestBase.publish(browser, draft, title),
            page -> page.url().contains("/listings/"));
    posted.add(title);
    step("listing page", () -> browser.get(listing.url()));
    pause(200);
  }

  private Page step(String name, Request request) throws StepFailed {
    return step(name, request, page -> true);
  }

  /**
   * Asks and keeps the answer: its status if it is 200 and did what the step is for, {@link
   * #NOT_DONE} if it is 200 and did not (a sign-in form shown again, a listing not published), -1
   * if no answer came; goes on only with the first.
   */
  private Page step(String name, Request request, Predicate<Page> done) throws StepFailed {
    long asked = System.nanoTime();
    try {
      Page page = request.send();
      boolean ok = page.status() == 200 && done.test(page);
      int status = page.status() == 200 && !ok ? NOT_DONE : page.status();
      String retryAfter = String.join(",", page.header("Retry-After"));
      answers.add(new Answer(name, asked, System.nanoTime(), status, page.html(), retryAfter));
      if (!ok) {
        throw new StepFailed();
      }
      return page;
    } catch (StepFailed e) {
      throw e;
    } catch (Exception | AssertionError e) {
      // No answer, or one the step could not use (a form without its fields).
      answers.add(new Answer(name, asked, System.nanoTime(), -1, String.valueOf(e), ""));
      throw new StepFailed();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface Request {
    Page send() throws Exception;
  }

  private static final class StepFailed extends Exception {
    private static final long serialVersionUID = 1L;
  }
}
