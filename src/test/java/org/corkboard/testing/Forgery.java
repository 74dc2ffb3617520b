package org.corkboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.corkboard.testing.WebClient.Form;
import org.corkboard.testing.WebClient.Page;

/**
 * The ways a forged request differs from the one its form sends: without the page's secret, or with
 * it but sent by a page of another site. Each must be refused with the 403 page.
 */
public enum Forgery {
  /** The view state of a stateless view, which is no secret, and no form token. */
  NO_SECRET,
  /** No view state and no form token at all. */
  NO_VIEW_STATE,
  /** A stateless view state with a form token the forger made up. */
  WRONG_TOKEN,
  /** Every secret right, but sent by a page of another host. */
  FOREIGN_ORIGIN,
  /** The same, from a browser that sends a Referer and no Origin. */
  FOREIGN_REFERER;

  public static final String VIEW_STATE = "jakarta.faces.ViewState";
  public static final String TOKEN = "corkboard.formToken";
  public static final String ELSEWHERE = "http://evil.example";

  /** The form, changed this way. */
  public Form applyTo(Form form) {
    return switch (this) {
      case NO_SECRET -> form.set(VIEW_STATE, "stateless").remove(TOKEN);
      case NO_VIEW_STATE -> form.remove(VIEW_STATE).remove(TOKEN);
      case WRONG_TOKEN ->
          form.set(VIEW_STATE, "stateless")
              .set(TOKEN, "forged0token0of0the0right0length0and0shape");
      case FOREIGN_ORIGIN -> form.header("Origin", ELSEWHERE);
      case FOREIGN_REFERER -> form.header("Referer", ELSEWHERE + "/offer.html");
    };
  }

  /** Presses the button of the form in every forgery (a new copy each time): each is refused. */
  public static void allRefused(Supplier<Form> form, String button) throws Exception {
    for (Forgery forgery : values()) {
      forgery.isRefused(form.get(), button);
    }
  }

  /**
   * Presses the button of the form in every forgery, and then with the cookies of another person
   * who is signed in ({@link #refusedInSessionOf}): each is refused.
   */
  public static void allRefused(Supplier<Form> form, String button, WebClient other)
      throws Exception {
    allRefused(form, button);
    refusedInSessionOf(other, form.get(), button);
  }

  /**
   * Sends the form, loaded in one session, with the cookies of another: its secret is not theirs,
   * so it is refused, with the 403 page (a form token) or the page of a form gone (a view state).
   */
  public static void refusedInSessionOf(WebClient other, Form form, String button)
      throws Exception {
    Page answer = form.pressIn(other, button);
    String what = "in another session " + button;
    assertThat(answer.status()).as(what).isIn(400, 403);
    assertThat(answer.html())
        .as(what)
        .containsAnyOf("This form could not be accepted", "This page was open too long")
        .doesNotContain("\tat ");
  }

  /** Presses the button of the form changed this way, and checks that it was refused. */
  public void isRefused(Form form, String button) throws Exception {
    assertRefused(applyTo(form).press(button), this + " " + button);
  }

  /** The answer to a refused form: 403, with a page that says what to do. */
  public static void assertRefused(Page answer, String what) {
    assertThat(answer.status()).as(what).isEqualTo(403);
    assertThat(answer.html())
        .as(what)
        .contains("This form could not be accepted")
        .contains("reload the page and try again")
        .doesNotContain("\tat ");
  }
}
