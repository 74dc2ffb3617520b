package org.corkboard.mail.control;

import java.util.List;

/** A send's progress as a list of the steps reported, for the transport tests. */
final class Steps {

  private Steps() {}

  /** Notes each step in {@code steps}; {@code atFinalDot} runs when the dot is next. */
  static MailTransport.Progress into(List<String> steps, Runnable atFinalDot) {
    return new MailTransport.Progress() {
      @Override
      public void finalDotNext() {
        steps.add("final dot next");
        atFinalDot.run();
      }

      @Override
      public void accepted() {
        steps.add("accepted");
      }
    };
  }

  static MailTransport.Progress into(List<String> steps) {
    return into(steps, () -> {});
  }
}
