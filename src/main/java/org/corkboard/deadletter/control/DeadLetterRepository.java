package org.corkboard.deadletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corkboard.deadletter.entity.DeadLetter;

/** The kept dead letters, newest first, and the mails still waiting to be sent. */
@ApplicationScoped
public class DeadLetterRepository {

  @PersistenceContext EntityManager em;

  public List<DeadLetter> newestFirst(int first, int size) {
    return em.createQuery(
            "SELECT d FROM DeadLetter d ORDER BY d.givenUpAt DESC, d.id DESC", DeadLetter.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(d) FROM DeadLetter d", Long.class).getSingleResult();
  }

  /** How many dead letters each queue has. */
  public Map<String, Long> countByQueue() {
    return em.createQuery(
            "SELECT d.queueName, COUNT(d) FROM DeadLetter d GROUP BY d.queueName", Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }

  /**
   * The dead letters of these ids that are still kept, locked until the transaction ends: of two
   * administrators acting on the same one, the second finds it gone and does not send it twice.
   */
  public List<DeadLetter> lock(Collection<Long> ids) {
    return em.createQuery(
            "SELECT d FROM DeadLetter d WHERE d.id IN :ids ORDER BY d.id", DeadLetter.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public void remove(DeadLetter letter) {
    em.remove(letter);
  }

  /** The mails stored and not sent yet, those the mail queue gave up on included. */
  public long mailsWaiting() {
    return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult();
  }
}
