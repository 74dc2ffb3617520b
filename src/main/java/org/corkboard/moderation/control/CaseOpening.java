package org.corkboard.moderation.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.SubjectKind;

/**
 * Makes the case of a subject reported for the first time, in a transaction of its own: when two
 * people report it at the same moment, one insert wins, the other breaks the unique constraint and
 * is rolled back, and both reports then lock and join the one case. A new case is not in the queue
 * until a report is added to it, so a case whose report then fails shows nowhere.
 */
@Stateless
public class CaseOpening {

  @PersistenceContext EntityManager em;

  /** Makes the subject's case, unless another transaction commits it first (then it fails). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(SubjectKind kind, long subjectId, long ownerId, Instant now) {
    em.persist(new ModerationCase(kind, subjectId, em.getReference(Account.class, ownerId), now));
  }
}
