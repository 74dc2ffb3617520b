package org.corkboard.mail.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.corkboard.mail.control.MailAttempts;
import org.corkboard.mail.control.MailAttempts.Attempt;
import org.corkboard.mail.control.MailTransport;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.platform.DeadLetters;

/**
 * Sends one queued mail exactly once, also when the server is killed in the middle of it. SMTP has
 * no two-phase commit, so each attempt records two steps, each committed at once: before the SMTP
 * conversation starts, and when the data is complete and its final "." is written next. The mail is
 * deleted (committed) the moment the SMTP server answers "250", before the JMS message is
 * acknowledged: a redelivery finds a sent mail gone.
 *
 * <p>A redelivery that finds an attempt still recorded knows a crash cut it off. Without its dot
 * step, the SMTP server never had the whole mail (a server drops a transaction that ends before its
 * final dot): it is sent again, with the same Message-ID. With its dot step, it is presumed
 * delivered and not sent again: once the dot's write has returned, the kernel delivers it even if
 * the process dies (kill -9 does not discard a socket's send buffer). Two losses remain possible: a
 * kill between the moment the dot step is durable and the dot's write (the return of an
 * auto-committed statement, see {@link MailAttempts#finalDotNext}), and a mail the SMTP server
 * refused at its dot while nobody was left to read the answer.
 *
 * <p>While the server lives, a failure before the "250" counts as a failed attempt and the queue
 * tries again, even when only the answer to the dot was lost: as RFC 5321 (4.5.3.2.6) expects of
 * clients, which may duplicate that one mail, with the same Message-ID.
 *
 * <p>Counts {@code corkboard.mails.sent} (accepted by the SMTP server) and {@code
 * corkboard.mails.failed} (attempts that failed and are tried again or given up on).
 */
@Stateless
@PermitAll
public class MailDelivery {

  private static final System.Logger LOG = System.getLogger(MailDelivery.class.getName());

  @Inject MailAttempts attempts;
  @Inject MailTransport transport;
  @Inject MeterRegistry registry;

  public void deliver(long mailId) {
    attempts.start(mailId).ifPresent(this::resume);
  }

  private void resume(Attempt attempt) {
    OutgoingMail mail = attempt.mail();
    switch (attempt.prior()) {
      case CUT_OFF_AFTER_FINAL_DOT -> {
        log(mail, "presumed delivered (cut off after its final dot); not sent again");
        return;
      }
      case CUT_OFF_BEFORE_FINAL_DOT ->
          log(mail, "cut off before its final dot; sending it again with the same Message-ID");
      case NONE -> {}
    }
    send(mail);
  }

  private void send(OutgoingMail mail) {
    long id = mail.getId();
    Recording recording = new Recording(id);
    try {
      transport.send(mail, recording);
    } catch (MessagingException | IOException | RuntimeException e) {
      if (recording.forgotten) {
        return; // only closing the connection failed: the mail is out
      }
      if (recording.accepted) { // its dot step stays on record: the next delivery presumes it sent
        throw new IllegalStateException("Mail " + id + " sent but not recorded as sent", e);
      }
      String reason = DeadLetters.reason(e);
      attempts.failed(id, reason);
      registry.counter("corkboard.mails.failed").increment();
      throw new IllegalStateException("Mail " + id + " not sent: " + reason, e);
    }
  }

  private static void log(OutgoingMail mail, String what) {
    LOG.log(Level.WARNING, "Mail {0,number,#} ({1}) {2}", mail.getId(), mail.getMessageId(), what);
  }

  /** Records the steps of one attempt as the transport reports them. */
  private final class Recording implements MailTransport.Progress {

    private final long id;
    private boolean accepted;
    private boolean forgotten;

    Recording(long id) {
      this.id = id;
    }

    @Override
    public void finalDotNext() {
      attempts.finalDotNext(id);
    }

    @Override
    public void accepted() {
      accepted = true;
      attempts.sent(id);
      registry.counter("corkboard.mails.sent").increment();
      forgotten = true;
    }
  }
}
