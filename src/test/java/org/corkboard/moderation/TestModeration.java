package org.corkboard.moderation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.moderation.boundary.SuspensionSweep;
import org.corkboard.moderation.control.CaseRepository;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.notification.boundary.NotificationEntry;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.testing.Identities;

/** Reads cases and decisions back for in-container tests, and lets time pass for suspensions. */
@Stateless
@PermitAll
public class TestModeration {

  static final Role[] USER = {Role.USER};
  static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @PersistenceContext EntityManager em;
  @Inject SuspensionSweep sweep;
  @Inject CaseRepository cases;
  @Inject Notifications notifications;

  /** The id of the case of the subject. */
  public long caseOf(SubjectKind kind, long subjectId) {
    return em.createNamedQuery("ModerationCase.findBySubject", ModerationCase.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .getSingleResult()
        .getId();
  }

  /** How many open reports the case counts. */
  public int openReportsOf(long caseId) {
    return em.find(ModerationCase.class, caseId).getOpenReports();
  }

  /** The decisions kept about the subject, newest first. */
  public List<ModerationDecision> decisionsAbout(SubjectKind kind, long subjectId) {
    return cases.decisionsAbout(kind, subjectId);
  }

  /** The person's suspension ended a moment ago; the timer's sweep then runs. */
  public void endSuspensionOf(long accountId) {
    em.createNativeQuery("UPDATE account SET suspended_until = ?1 WHERE id = ?2")
        .setParameter(1, Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
        .setParameter(2, accountId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Account.class, accountId);
  }

  /** Shows again the listings of ended suspensions, as the timer does every minute. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public int sweep() {
    return sweep.showEnded();
  }

  /** The texts of the person's notifications of that kind, newest first. */
  public static List<String> news(Account person, NotificationKind kind, Notifications centre)
      throws Exception {
    return as(person, () -> centre.mine(0, 50)).stream()
        .filter(n -> n.kind() == kind)
        .map(NotificationEntry::text)
        .toList();
  }

  static <T> T as(Account person, Callable<T> call) throws Exception {
    return Identities.as(person.getUsername(), USER, call);
  }

  static void as(Account person, Runnable call) throws Exception {
    Identities.as(person.getUsername(), USER, Identities.run(call));
  }

  static void asModerator(Account person, Runnable call) throws Exception {
    Identities.as(person.getUsername(), MODERATOR, Identities.run(call));
  }

  static void asAdmin(Account person, Runnable call) throws Exception {
    Identities.as(person.getUsername(), ADMIN, Identities.run(call));
  }
}
