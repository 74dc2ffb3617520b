package org.corkboard.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.corkboard.mail.entity.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail as written, through the outbox: it carries the Message-ID stored with it. */
class MailTransportTest {

  @TempDir Path data;

  @AfterEach
  void forgetTheSettings() {
    System.clearProperty("corkboard.mail.transport");
    System.clearProperty("jboss.server.data.dir");
  }

  @Test
  void aSendCarriesTheStoredMessageIdAndReportsTheAcceptance() throws Exception {
    System.setProperty("corkboard.mail.transport", "outbox");
    System.setProperty("jboss.server.data.dir", data.toString());
    MailTransport transport = new MailTransport();
    transport.session = Session.getInstance(new Properties());
    OutgoingMail mail =
        new OutgoingMail("<fixed.1@board.example>", "a@b.example", "Hi", "Hello", Instant.now());
    List<String> steps = new ArrayList<>();

    transport.send(mail, Steps.into(steps));

    assertThat(steps).as("no dot in a file").containsExactly("accepted");
    try (var files = Files.list(MailTransport.outbox())) {
      List<Path> written = files.toList();
      assertThat(written).singleElement();
      assertThat(Files.readString(written.get(0))).contains("Message-ID: <fixed.1@board.example>");
    }
  }
}
