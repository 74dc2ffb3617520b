package org.corkboard.platform.robustness;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corkboard.testing.WebClient;

/**
 * Fills in and sends a form the way a browser does (every field as the page shows it, some changed,
 * one button), for the set-up the probes need: listings, pictures, an avatar.
 */
public final class PageForms {

  private PageForms() {}

  /** Sends the form and returns the answer (a redirect after success). */
  public static HttpResponse<String> submit(
      WebClient browser,
      String page,
      String formId,
      Map<String, String> changes,
      Consumer<Submission> extra)
      throws IOException, InterruptedException {
    String html = browser.get(page).html();
    HtmlForm form = form(html, formId, page);
    Submission submission = filledIn(html, form);
    submission.params.putAll(changes);
    extra.accept(submission);
    HttpResponse<String> answer = browser.exchange(submission.toRequest(Prober.uri(form.action())));
    if (answer.statusCode() >= 400) {
      throw new AssertionError(
          "Form " + formId + " on " + page + " answered " + answer.statusCode());
    }
    return answer;
  }

  /** Presses the button of the form; returns the address it redirected to. */
  public static String press(
      WebClient browser, String page, String formId, Map<String, String> changes, String button)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        submit(browser, page, formId, changes, s -> s.params.put(button, ""));
    return answer
        .headers()
        .firstValue("Location")
        .orElseThrow(() -> new AssertionError(formId + " did not succeed:\n" + answer.body()));
  }

  /** The request a browser would send for the form as the page shows it, before any change. */
  public static Submission filledIn(String html, HtmlForm form) {
    Submission submission = new Submission();
    submission.multipart = form.multipart();
    submission.params.putAll(form.defaults());
    Html.nonce(html).ifPresent(nonce -> submission.params.put("primefaces.nonce", nonce));
    return submission;
  }

  public static HtmlForm form(String html, String formId, String page) {
    List<HtmlForm> forms = HtmlForm.of(html);
    return forms.stream()
        .filter(f -> f.id().equals(formId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No form " + formId + " on " + page));
  }
}
