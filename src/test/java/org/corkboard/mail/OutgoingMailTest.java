package org.corkboard.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.mail.entity.OutgoingMail.PriorAttempt;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  private final OutgoingMail mail =
      new OutgoingMail(
          OutgoingMail.newMessageId("board.example"), "a@b.example", "Hi", "Hello", Instant.now());

  @Test
  void aMessageIdIsUniqueAndNamesTheDomain() {
    assertThat(mail.getMessageId()).matches("<corkboard\\.[0-9a-f-]{36}@board\\.example>");
    assertThat(OutgoingMail.newMessageId("board.example")).isNotEqualTo(mail.getMessageId());
  }

  @Test
  void anAttemptStillRecordedWhenTheNextStartsWasCutOffBeforeItsFinalDot() {
    assertThat(mail.priorAttempt()).as("never tried").isEqualTo(PriorAttempt.NONE);
    mail.startAttempt(Instant.now());
    assertThat(mail.priorAttempt())
        .as("after a crash")
        .isEqualTo(PriorAttempt.CUT_OFF_BEFORE_FINAL_DOT);
    mail.startAttempt(Instant.now());
    assertThat(mail.getAttempts()).isEqualTo(2);
  }

  @Test
  void aFailedAttemptLeavesNothingBehindAndKeepsItsReasonShort() {
    mail.startAttempt(Instant.now());
    mail.failed("x".repeat(600));
    assertThat(mail.priorAttempt()).isEqualTo(PriorAttempt.NONE);
    assertThat(mail.getLastError()).hasSize(500);
  }
}
