package org.corkboard.platform.robustness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corkboard.platform.robustness.FormProbes.Target;
import org.corkboard.platform.robustness.Prober.Visitor;

/**
 * Decides what to break in every form found, in a fixed order: each field with malformed values
 * (all of them, and the field left out, the first time a form's field is met; a few values after
 * that), each button, the protocol around the form, its Ajax calls and its uploads.
 *
 * <p>Requests that legitimately change what later probes find are marked and kept apart: {@code
 * late} ones (pressing a button of {@link #LATE_BUTTONS}) run after all others, and {@code leaving}
 * ones (a menu item such as "Sign out") run at the very end.
 */
public final class FormPlan {

  /** Buttons whose success spoils later probes: a listing sold or deleted, a password changed. */
  public static final Set<String> LATE_BUTTONS =
      Set.of("markSold", "close", "delete", "changePassword", "removeAvatar");

  /** The requests for one form: now, after all others, and at the very end. */
  public record Planned(
      Target target, List<Mutation> now, List<Mutation> late, List<Mutation> leaving) {}

  private final Set<String> fieldsMet = new HashSet<>();
  private final Set<String> formsMet = new HashSet<>();
  private final Map<String, Map<String, String>> baselines;
  private final Set<String> signIn;

  /**
   * @param baselines valid values by form id, to override the page's own
   * @param signIn the sign-in forms: every failed request counts against the client's address, so
   *     they get a few values only; and a failed sign-in may end a signed-in visitor's session, so
   *     theirs come at the very end
   */
  public FormPlan(Map<String, Map<String, String>> baselines, Set<String> signIn) {
    this.baselines = baselines;
    this.signIn = signIn;
  }

  /** The forms of the page not planned yet for this visitor (the header's forms are on all). */
  public List<Planned> plan(Visitor visitor, String page, String html) {
    List<Planned> planned = new ArrayList<>();
    Map<String, Map<String, String>> scriptParams = Html.submitParams(html);
    for (HtmlForm form : HtmlForm.of(html)) {
      Map<String, String> menu = scriptParams.getOrDefault(form.id(), Map.of());
      if (formsMet.add(visitor.name() + " " + form.id() + " " + form.fields() + menu.keySet())) {
        planned.add(plan(visitor, page, form, menu, Html.ajax(html)));
      }
    }
    return planned;
  }

  private Planned plan(
      Visitor visitor, String page, HtmlForm form, Map<String, String> menu, List<Html.Ajax> ajax) {
    List<String> late = form.buttons().stream().filter(LATE_BUTTONS::contains).toList();
    List<String> others = form.buttons().stream().filter(b -> !late.contains(b)).toList();
    boolean allLate = others.isEmpty() && !late.isEmpty();
    String button = allLate ? late.get(0) : others.stream().findFirst().orElse(null);
    var target =
        new Target(visitor, page, form, baselines.getOrDefault(form.id(), Map.of()), button);
    List<Mutation> fuzz = fuzz(form, ajax, button, others);
    List<Mutation> presses =
        late.stream().filter(b -> !b.equals(button)).map(b -> press(b, button)).toList();
    List<Mutation> leaving =
        menu.entrySet().stream()
            .map(m -> Mutation.set("menu item " + m.getValue(), m.getKey(), m.getValue()))
            .toList();
    if (visitor.signedIn() && signIn.contains(form.id())) {
      return new Planned(target, List.of(), List.of(), concat(fuzz, leaving));
    }
    return allLate
        ? new Planned(target, List.of(), concat(fuzz, presses), leaving)
        : new Planned(target, fuzz, presses, leaving);
  }

  /** Fields come last: a valid value may use the form up (a password reset link, say). */
  private List<Mutation> fuzz(
      HtmlForm form, List<Html.Ajax> ajax, String button, List<String> buttons) {
    List<Mutation> fuzz = new ArrayList<>(ProtocolMutations.of(form.id()));
    buttons.stream().filter(b -> !b.equals(button)).forEach(b -> fuzz.add(press(b, button)));
    fuzz.addAll(AjaxMutations.of(form, ajax, button));
    fuzz.addAll(uploads(form, button));
    for (String field : form.fields()) {
      // Sign-in forms get few requests: every failed one counts against the client's address.
      boolean first = fieldsMet.add(form.id() + " " + field) && !signIn.contains(form.id());
      if (first) {
        fuzz.add(Mutation.remove(field + " left out", field));
      }
      for (Malformed value : first ? Malformed.all() : Malformed.few()) {
        fuzz.add(Mutation.set(field, value));
      }
    }
    return fuzz;
  }

  private static List<Mutation> uploads(HtmlForm form, String button) {
    List<Mutation> uploads = new ArrayList<>();
    for (String field : form.files()) {
      for (Mutation upload : FileMutations.of(field)) {
        uploads.add(button != null ? upload : AjaxMutations.asUpload(upload, field));
      }
      if (button == null) {
        uploads.addAll(AjaxMutations.uploadCounts(field));
      }
    }
    return uploads;
  }

  private static Mutation press(String button, String instead) {
    return new Mutation(
        "button " + button,
        s -> {
          s.params.remove(instead);
          s.params.put(button, "");
        });
  }

  private static List<Mutation> concat(List<Mutation> first, List<Mutation> second) {
    List<Mutation> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
