package org.corkboard.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.mail.entity.OutgoingMail.PriorAttempt;

/**
 * The record of a mail's send attempts, each step committed at once in a transaction of its own
 * (not the delivery's, which also takes the JMS message and commits only after the SMTP
 * conversation): what is written here survives a crash in the middle of a send.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class MailAttempts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** What an attempt sends, read when it starts, and what the attempt before it left behind. */
  public record Attempt(OutgoingMail mail, PriorAttempt prior) {}

  /**
   * Records an attempt on the mail, or finds it gone: sent already. A mail whose last attempt was
   * cut off after its final dot is presumed delivered and deleted instead (its attempt says so).
   */
  public Optional<Attempt> start(long mailId) {
    OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null) {
      return Optional.empty();
    }
    PriorAttempt prior = mail.priorAttempt();
    if (prior == PriorAttempt.CUT_OFF_AFTER_FINAL_DOT) {
      em.remove(mail);
      em.flush();
    } else {
      mail.startAttempt(clock.instant());
      em.flush();
      em.detach(mail);
    }
    return Optional.of(new Attempt(mail, prior));
  }

  /** The mail's data is complete: its final dot is written next (one single-row update). */
  public void finalDotNext(long mailId) {
    em.createQuery("UPDATE OutgoingMail m SET m.finalDotAt = :now WHERE m.id = :id")
        .setParameter("now", clock.instant())
        .setParameter("id", mailId)
        .executeUpdate();
  }

  /** The SMTP server took the mail: it is forgotten, and a redelivery finds nothing to send. */
  public void sent(long mailId) {
    em.createQuery("DELETE FROM OutgoingMail m WHERE m.id = :id")
        .setParameter("id", mailId)
        .executeUpdate();
  }

  public void failed(long mailId, String reason) {
    Optional.ofNullable(em.find(OutgoingMail.class, mailId)).ifPresent(m -> m.failed(reason));
  }

  public Optional<OutgoingMail> find(long mailId) {
    return Optional.ofNullable(em.find(OutgoingMail.class, mailId));
  }
}
