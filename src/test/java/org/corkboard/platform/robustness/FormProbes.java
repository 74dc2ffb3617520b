package org.corkboard.platform.robustness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.corkboard.platform.robustness.Prober.Visitor;
import org.corkboard.platform.robustness.Submission.FilePart;

/**
 * Sends a form's broken requests one after another. Each starts from the page as it is served at
 * that moment (fresh view state and nonce), fills the form in as a browser would, with valid values
 * for everything the probe does not break, and then breaks one thing.
 */
public final class FormProbes {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  /**
   * A form found on a page. {@code baseline} overrides the page's own values, so that a probe
   * breaks only one part of an otherwise valid request ("{n}" becomes a number no other request
   * used); {@code button} is the one pressed unless a probe presses another (null: none).
   */
  public record Target(
      Visitor visitor, String page, HtmlForm form, Map<String, String> baseline, String button) {}

  private final Prober prober;

  public FormProbes(Prober prober) {
    this.prober = prober;
  }

  public void run(Target target, List<Mutation> mutations) {
    for (Mutation mutation : mutations) {
      send(target, mutation);
    }
  }

  private void send(Target target, Mutation mutation) {
    String id = target.form().id();
    Optional<String> html =
        prober
            .get(target.visitor(), target.page(), "the page of form " + id)
            .filter(page -> page.statusCode() == 200)
            .map(page -> page.body());
    Optional<HtmlForm> form =
        html.flatMap(page -> HtmlForm.of(page).stream().filter(f -> f.id().equals(id)).findFirst());
    if (form.isEmpty()) {
      prober.findings().skipped();
      return;
    }
    Submission submission = filledIn(target, form.get(), html.get());
    mutation.change().accept(submission);
    prober.send(
        target.visitor(),
        submission.toRequest(Prober.uri(form.get().action())),
        "form " + id + ": " + mutation.what());
  }

  private static Submission filledIn(Target target, HtmlForm form, String html) {
    Submission submission = PageForms.filledIn(html, form);
    String unique = String.valueOf(UNIQUE.incrementAndGet());
    target
        .baseline()
        .forEach((name, value) -> submission.params.put(name, value.replace("{n}", unique)));
    for (String file : form.files()) {
      submission.files.add(new FilePart(file, "", "application/octet-stream", new byte[0]));
    }
    if (target.button() != null) {
      submission.params.put(target.button(), "");
    }
    return submission;
  }
}
