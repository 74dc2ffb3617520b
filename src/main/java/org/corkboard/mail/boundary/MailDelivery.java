package org.corkboard.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corkboard.mail.control.MailAttempts;
import org.corkboard.mail.control.MailAttempts.Attempt;
import org.corkboard.mail.control.MailTransport;
import org.corkboard.platform.DeadLetters;

/**
 * Sends one queued mail, exactly once as far as SMTP allows. SMTP has no two-phase commit: between
 * the server's "250" and our record of it there is always a moment in which a crash leaves the mail
 * in doubt. So each attempt is recorded (committed) before the SMTP conversation starts, and the
 * mail is deleted (committed) the moment the server has taken it, before the connection is closed
 * or the JMS message is acknowledged: a redelivery finds a sent mail gone and sends nothing.
 *
 * <p>A redelivery that finds an attempt still recorded knows it was cut off by a crash, and sends
 * the mail again with the same Message-ID. Skipping it instead would lose, for good, every mail cut
 * off before the "250" (connecting, the envelope, the data); sending it again duplicates only one
 * cut off between the "250" and the commit of its deletion, and then with the same Message-ID, by
 * which receivers can drop it. (The kill -9 drill of the README measures both.)
 */
@Stateless
@PermitAll
public class MailDelivery {

  private static final System.Logger LOG = System.getLogger(MailDelivery.class.getName());

  @Inject MailAttempts attempts;
  @Inject MailTransport transport;

  public void deliver(long mailId) {
    attempts.start(mailId).ifPresent(this::send);
  }

  private void send(Attempt attempt) {
    long id = attempt.mail().getId();
    if (attempt.inDoubt()) {
      LOG.log(
          Level.WARNING,
          "Mail {0} ({1}) may have been sent before a crash; sending it again with the same"
              + " Message-ID",
          id,
          attempt.mail().getMessageId());
    }
    AtomicBoolean accepted = new AtomicBoolean();
    AtomicBoolean forgotten = new AtomicBoolean();
    try {
      transport.send(
          attempt.mail(),
          () -> {
            accepted.set(true);
            attempts.sent(id);
            forgotten.set(true);
          });
    } catch (MessagingException | IOException | RuntimeException e) {
      if (forgotten.get()) {
        return; // only closing the connection failed: the mail is out
      }
      if (accepted.get()) { // out, but not recorded: the attempt stays on record, in doubt
        throw new IllegalStateException("Mail " + id + " sent but not recorded as sent", e);
      }
      String reason = DeadLetters.reason(e);
      attempts.failed(id, reason);
      throw new IllegalStateException("Mail " + id + " not sent: " + reason, e);
    }
  }
}
