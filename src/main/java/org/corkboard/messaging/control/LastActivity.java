package org.corkboard.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/** Writes when a person was last active, at most once per resolution (a minute) per person. */
@ApplicationScoped
public class LastActivity {

  @PersistenceContext EntityManager em;

  /**
   * A bulk update, so that the account's version (and whatever the person edits meanwhile) is left
   * alone; it writes nothing when the stored time is younger than {@code resolution}.
   */
  public void record(long accountId, Instant now, Duration resolution) {
    em.createQuery(
            "UPDATE Account a SET a.lastActiveAt = :now WHERE a.id = :id"
                + " AND (a.lastActiveAt IS NULL OR a.lastActiveAt < :due)")
        .setParameter("now", now)
        .setParameter("id", accountId)
        .setParameter("due", now.minus(resolution))
        .executeUpdate();
  }
}
