package org.corkboard.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.corkboard.mail.boundary.MailDelivery;
import org.corkboard.mail.control.MailAttempts;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.mail.entity.OutgoingMail.PriorAttempt;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.ServerLog;
import org.corkboard.testing.SmtpInbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly-once delivery of a queued mail, with GreenMail as the SMTP server: every attempt carries
 * the mail's own Message-ID, a sent mail is never sent again, a mail whose attempt a crash cut off
 * before its final dot goes out again with the same Message-ID, one cut off after it is presumed
 * delivered and forgotten with a warning, and a mail the SMTP server never takes ends in the
 * dead-letter queue and the log, with its reason.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class MailDeliveryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(MailDeliveryIT.class);
  }

  @Inject TestMails mails;
  @Inject MailDelivery delivery;
  @Inject MailAttempts attempts;

  @Test
  void aMailGoesOutOnceWithItsOwnMessageId() throws Exception {
    OutgoingMail mail = mails.store();
    try (SmtpInbox inbox = SmtpInbox.start()) {
      delivery.deliver(mail.getId());
      delivery.deliver(mail.getId());

      assertSentOnceWithItsMessageId(inbox, mail);
      assertThat(mails.find(mail.getId())).as("forgotten once sent").isEmpty();
    }
  }

  @Test
  void aMailCutOffBeforeItsFinalDotGoesOutAgainOnceWithTheSameMessageId() throws Exception {
    OutgoingMail mail = mails.store();
    assertThat(attempts.start(mail.getId()))
        .hasValueSatisfying(a -> assertThat(a.prior()).isEqualTo(PriorAttempt.NONE));
    // ... and then the server died in the SMTP conversation, before the final dot.
    try (SmtpInbox inbox = SmtpInbox.start()) {
      delivery.deliver(mail.getId());
      delivery.deliver(mail.getId());

      assertSentOnceWithItsMessageId(inbox, mail);
      assertThat(mails.find(mail.getId())).isEmpty();
    }
  }

  @Test
  void aMailCutOffAfterItsFinalDotIsPresumedDeliveredAndNotSentAgain() throws Exception {
    ServerLog log = ServerLog.fromNow();
    OutgoingMail mail = mails.store();
    attempts.start(mail.getId());
    attempts.finalDotNext(mail.getId());
    // ... and then the server died: the dot was written, or was about to be.
    try (SmtpInbox inbox = SmtpInbox.start()) {
      delivery.deliver(mail.getId());

      assertThat(inbox.settled(mail.getRecipient())).as("not sent again").isEmpty();
      assertThat(mails.find(mail.getId())).as("forgotten").isEmpty();
      assertThat(log.await("Mail " + mail.getId() + " (" + mail.getMessageId()))
          .contains("WARN")
          .contains("presumed delivered (cut off after its final dot)");
    }
  }

  @Test
  void aFailedAttemptIsRecordedWithItsReasonAndTheNextOneIsNotInDoubt() throws Exception {
    OutgoingMail mail = mails.store();
    assertThatThrownBy(() -> delivery.deliver(mail.getId()))
        .hasStackTraceContaining("ConnectException");
    assertThat(mails.find(mail.getId()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.getAttempts()).isEqualTo(1);
              assertThat(m.getLastError()).contains("ConnectException");
            });
    assertThat(attempts.start(mail.getId()))
        .hasValueSatisfying(a -> assertThat(a.prior()).isEqualTo(PriorAttempt.NONE));
  }

  @Test
  void aMailTheSmtpServerNeverTakesIsLoggedWithItsReasonAfterItsAttempts() throws Exception {
    ServerLog log = ServerLog.fromNow();
    OutgoingMail mail = mails.queue(); // no SMTP server is listening

    String line = log.await("Gave up on corkboard.mail " + mail.getId() + " ");
    assertThat(line).contains("ERROR").contains("corkboard.mail.DLQ").contains("ConnectException");
    assertThat(mails.find(mail.getId()))
        .as("kept, to be sent again by hand")
        .hasValueSatisfying(m -> assertThat(m.getAttempts()).isEqualTo(6));
  }

  private static void assertSentOnceWithItsMessageId(SmtpInbox inbox, OutgoingMail mail) {
    assertThat(inbox.to(mail.getRecipient()))
        .singleElement()
        .extracting(SmtpInbox::messageId)
        .isEqualTo(mail.getMessageId());
  }
}
