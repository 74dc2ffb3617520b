package org.corkboard.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * GreenMail as the SMTP server Corkboard sends to (port 3025), for in-container tests: it runs in
 * the server's JVM, started by the test method itself. (The GreenMail JUnit extension would also
 * start in the test client's JVM, and the two would clash on the port.) Mails arrive through JMS
 * after the sending transaction commits, so reading waits; mails to other addresses, e.g. other
 * tests' late redeliveries, are ignored.
 */
public final class SmtpInbox implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(3);

  private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP);

  private SmtpInbox() {
    greenMail.start();
  }

  /** Starts the SMTP server; close it in try-with-resources. */
  public static SmtpInbox start() {
    return new SmtpInbox();
  }

  /** The mails delivered to the address so far. */
  public List<MimeMessage> to(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipientIs(m, address))
        .toList();
  }

  /** Waits for the n-th mail to the address and returns it. */
  public MimeMessage await(String address, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> mails = to(address);
      if (mails.size() >= count) {
        return mails.get(count - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No mail number " + count + " for " + address + " within " + PATIENCE);
  }

  /** The mails to the address once a few quiet seconds have passed, to see that none came. */
  public List<MimeMessage> settled(String address) throws InterruptedException {
    Thread.sleep(QUIET.toMillis());
    return to(address);
  }

  /** The decoded text of a plain-text mail. */
  public static String body(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  private static boolean recipientIs(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
