package org.corkboard.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import org.corkboard.mail.control.MailTransport;
import org.corkboard.mail.entity.OutgoingMail;

/** Sends one queued mail. A mail that is gone was sent already, so redelivery sends nothing. */
@Stateless
@PermitAll
public class MailDelivery {

  @PersistenceContext EntityManager em;
  @Inject MailTransport transport;

  public void deliver(long mailId) {
    OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null) {
      return;
    }
    try {
      transport.send(mail);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(
          "Mail " + mailId + " not sent, will retry: " + e.getMessage(), e);
    }
    em.remove(mail);
  }
}
