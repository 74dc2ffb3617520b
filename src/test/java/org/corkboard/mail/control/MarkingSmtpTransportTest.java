package org.corkboard.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.corkboard.mail.entity.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The step before the final dot, against a real SMTP server (GreenMail): it comes after the data
 * and before the server has the mail; if it fails, the dot is never written and the server drops
 * the mail, which is why a mail cut off before that step can be sent again safely.
 */
class MarkingSmtpTransportTest {

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final MailTransport transport = new MailTransport();
  private final OutgoingMail mail =
      new OutgoingMail("<dot.1@board.example>", "a@b.example", "Hi", "Hello", Instant.now());
  private final List<String> steps = new ArrayList<>();

  @BeforeEach
  void startSmtp() {
    smtp.start();
    Properties settings = new Properties();
    settings.setProperty("mail.smtp.host", "127.0.0.1");
    settings.setProperty("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
    settings.setProperty("mail.from", "board@board.example");
    transport.session = Session.getInstance(settings);
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void theFinalDotStepComesBeforeTheServerHasTheMail() throws Exception {
    List<Integer> receivedAtDot = new ArrayList<>();

    transport.send(
        mail, Steps.into(steps, () -> receivedAtDot.add(smtp.getReceivedMessages().length)));

    assertThat(steps).containsExactly("final dot next", "accepted");
    assertThat(receivedAtDot).containsExactly(0);
    assertThat(smtp.getReceivedMessages())
        .singleElement()
        .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<dot.1@board.example>"));
  }

  @Test
  void aMailCutOffBeforeItsFinalDotNeverReachesTheServer() throws Exception {
    Runnable crash =
        () -> {
          throw new IllegalStateException("the server died");
        };

    assertThatThrownBy(() -> transport.send(mail, Steps.into(steps, crash)))
        .isInstanceOf(MessagingException.class)
        .hasStackTraceContaining("the server died");

    assertThat(steps).containsExactly("final dot next");
    assertThat(smtp.waitForIncomingEmail(1_000, 1)).as("dropped by the server").isFalse();
  }
}
