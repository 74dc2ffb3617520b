package org.corkboard.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.corkboard.mail.control.MailQueue;
import org.corkboard.mail.entity.OutgoingMail;

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
    OutgoingMail mail = new OutgoingMail(recipient, subject, body, clock.instant());
    em.persist(mail);
    em.flush();
    queue.announce(mail.getId());
  }
}
