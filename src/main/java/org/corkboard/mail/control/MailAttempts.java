package org.corkboard.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.mail.entity.OutgoingMail.PriorAttempt;
import org.corkboard.platform.Database;

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

  /**
   * The mail's data is complete: its final dot is written next. One single-row update in
   * auto-commit, outside any transaction, so it is durable when the statement returns and only
   * returns lie between it and the dot. (A transaction's commit has a tail after the write is
   * durable, its completion callbacks and the resumption of the caller's transaction: a kill there
   * loses the mail, and under load the kill -9 drill hit it.)
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void finalDotNext(long mailId) {
    try (Connection db = Database.dataSource().getConnection();
        PreparedStatement update =
            db.prepareStatement("UPDATE outgoing_mail SET final_dot_at = ? WHERE id = ?")) {
      update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      update.setLong(2, mailId);
      update.executeUpdate();
      if (!db.getAutoCommit()) {
        db.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The final dot of mail " + mailId + " is not on record", e);
    }
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
