package org.corkboard.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what Corkboard delivered to the test SMTP server (GreenMail on port 3025). */
public final class MailBox {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private MailBox() {}

  /** The mails delivered to the address so far. */
  public static List<Message> to(GreenMailExtension greenMail, String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipientIs(m, address))
        .map(Message.class::cast)
        .toList();
  }

  /** Waits for the n-th mail to the address and returns it. */
  public static Message await(GreenMailExtension greenMail, String address, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      List<Message> mails = to(greenMail, address);
      if (mails.size() >= count) {
        return mails.get(count - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No mail number " + count + " for " + address + " within " + PATIENCE);
  }

  /** The link to the given path in the mail, e.g. "/account/verify". */
  public static String link(Message mail, String path) {
    Matcher link =
        Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_.%-]+")
            .matcher(body(mail));
    if (!link.find()) {
      throw new AssertionError("No link to " + path + " in:\n" + body(mail));
    }
    return link.group();
  }

  /** The decoded text of a plain-text mail. */
  public static String body(Message mail) {
    try {
      return mail.getContent().toString();
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean recipientIs(Message message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
