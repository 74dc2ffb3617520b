package org.corkboard.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * WildFly's SMTP transport with one hook: it runs {@code beforeFinalDot} when a mail's data is
 * complete, just before the "." that ends it is written. Until that dot arrives an SMTP server
 * drops the mail if the connection ends (RFC 5321, 4.1.1.4); after it, the server may have taken
 * it. The data still buffered goes out in the same write as the dot. (Not with BDAT, which Angus
 * Mail uses only if {@code mail.smtp.chunksize} is set: then the hook never runs, and a cut-off
 * mail is sent again rather than lost.)
 */
final class MarkingSmtpTransport extends SMTPTransport {

  private final Runnable beforeFinalDot;

  /** A transport configured like {@code session.getTransport("smtp")}. */
  MarkingSmtpTransport(Session session, Runnable beforeFinalDot) {
    super(session, new URLName("smtp", null, -1, null, null, null));
    this.beforeFinalDot = beforeFinalDot;
  }

  @Override
  protected void finishData() throws IOException, MessagingException {
    try {
      beforeFinalDot.run();
    } catch (RuntimeException e) {
      // As an I/O error, the transport drops the connection without its QUIT (which would be read
      // as data): the server never sees the dot and discards the mail.
      throw new IOException("Not sent: the step before the final dot failed", e);
    }
    // A kill between the moment the step is durable and the dot's write loses the mail: it is
    // presumed delivered, but the server never had its dot. The step is an auto-committed
    // statement, so that window is the statement's return (see MailAttempts.finalDotNext).
    super.finishData();
  }
}
