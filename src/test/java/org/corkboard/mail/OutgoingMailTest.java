package org.corkboard.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.corkboard.mail.entity.OutgoingMail;
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
  void anAttemptStillRecordedWhenTheNextStartsLeavesTheMailInDoubt() {
    assertThat(mail.startAttempt(Instant.now())).as("first attempt").isFalse();
    assertThat(mail.startAttempt(Instant.now())).as("after a crash").isTrue();
    assertThat(mail.getAttempts()).isEqualTo(2);
  }

  @Test
  void aFailedAttemptIsNotInDoubtAndKeepsItsReasonShort() {
    mail.startAttempt(Instant.now());
    mail.failed("x".repeat(600));
    assertThat(mail.startAttempt(Instant.now())).isFalse();
    assertThat(mail.getLastError()).hasSize(500);
  }
}
