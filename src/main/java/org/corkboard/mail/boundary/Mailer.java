package org.corkboard.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import org.corkboard.mail.control.MailQueue;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.platform.Settings;

/**
 * Sends e-mail on behalf of the other features. The mail is stored and queued in the caller's
 * transaction and sent after it commits, by {@link MailConsumer}.
 */
@Stateless
@PermitAll
public class Mailer {

  @PersistenceContext EntityManager em;
  @Inject MailQueue queue;
  @Inject Clock clock;

  public void send(String recipient, String subject, String body) {
    OutgoingMail mail =
        new OutgoingMail(
            OutgoingMail.newMessageId(domain()), recipient, subject, body, clock.instant());
    em.persist(mail);
    em.flush();
    queue.announce(mail.getId());
  }

  /** The host of Corkboard's own address: a Message-ID names the sender's domain. */
  private static String domain() {
    String host = URI.create(Settings.baseUrl()).getHost();
    return host == null ? "localhost" : host;
  }
}
