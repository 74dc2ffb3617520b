package org.corkboard.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.platform.Settings;

/**
 * Hands a mail to the SMTP server of the {@code java:jboss/mail/corkboard} session, or, with {@code
 * corkboard.mail.transport=outbox} (the run command's default), writes it as an .eml file into the
 * server's data folder so that a developer can open its links without an SMTP server.
 */
@ApplicationScoped
public class MailTransport {

  private static final System.Logger LOG = System.getLogger(MailTransport.class.getName());

  @Resource(lookup = "java:jboss/mail/corkboard")
  Session session;

  /** The two moments of a send that {@link MailTransport#send} reports, as they happen. */
  public interface Progress {

    /**
     * The mail's data is complete and its final "." is written next; returns once that is on
     * record. (Not called for the outbox, which has no dot.)
     */
    void finalDotNext();

    /** The SMTP server took the mail (its "250" to the final dot). */
    void accepted();
  }

  /**
   * Sends the mail with its own Message-ID and reports {@link Progress#accepted} as soon as the
   * SMTP server has taken it, before even closing the connection: the less time between that answer
   * and recording it, the rarer a crash leaves the mail in doubt. The conversation holds no
   * transaction (the caller's waits), so the steps it reports are committed on their own and
   * nothing is resumed between a step and the write it precedes.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void send(OutgoingMail mail, Progress progress) throws MessagingException, IOException {
    MimeMessage message = new FixedIdMessage(session, mail.getMessageId());
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
    message.setSubject(mail.getSubject(), "UTF-8");
    message.setText(mail.getBody(), "UTF-8");
    message.setSentDate(Date.from(Instant.now()));
    message.saveChanges();
    if ("outbox".equals(Settings.get("corkboard.mail.transport", "smtp"))) {
      writeToOutbox(mail, message);
      progress.accepted();
      return;
    }
    try (Transport smtp = new MarkingSmtpTransport(session, progress::finalDotNext)) {
      smtp.connect();
      smtp.sendMessage(message, message.getAllRecipients());
      progress.accepted();
    }
  }

  private static void writeToOutbox(OutgoingMail mail, MimeMessage message)
      throws MessagingException, IOException {
    Path folder = outbox();
    Files.createDirectories(folder);
    Path file = folder.resolve("mail-" + System.currentTimeMillis() + "-" + mail.getId() + ".eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    LOG.log(
        Level.INFO,
        "Mail \"{0}\" for {1} written to {2}",
        mail.getSubject(),
        mail.getRecipient(),
        file);
  }

  public static Path outbox() {
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "corkboard", "outbox");
  }

  /** A message that keeps the Message-ID it was given instead of making a new one when saved. */
  static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
