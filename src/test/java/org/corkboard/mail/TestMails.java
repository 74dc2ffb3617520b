package org.corkboard.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.corkboard.mail.control.MailQueue;
import org.corkboard.mail.entity.OutgoingMail;

/** Stores mails with a known Message-ID for the delivery tests, queued or not. */
@Stateless
@PermitAll
public class TestMails {

  @PersistenceContext EntityManager em;
  @Inject MailQueue queue;

  /** A mail to a new address, stored but not announced: the test delivers it itself. */
  public OutgoingMail store() {
    String key = UUID.randomUUID().toString();
    OutgoingMail mail =
        new OutgoingMail(
            "<test." + key + "@corkboard.test>",
            "mail-" + key + "@test.example",
            "Test " + key,
            "Hello",
            Instant.now());
    em.persist(mail);
    em.flush();
    return mail;
  }

  /** A mail stored and announced on the mail queue, as {@code Mailer} does. */
  public OutgoingMail queue() {
    OutgoingMail mail = store();
    queue.announce(mail.getId());
    return mail;
  }

  public Optional<OutgoingMail> find(long id) {
    return Optional.ofNullable(em.find(OutgoingMail.class, id)).map(m -> refreshed(m));
  }

  private OutgoingMail refreshed(OutgoingMail mail) {
    em.refresh(mail);
    return mail;
  }
}
