package org.corkboard.moderation.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.QueueFilter;
import org.corkboard.moderation.entity.Report;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;

/** Cases, their reports and decisions in the database; the queue is paged there. */
@ApplicationScoped
public class CaseRepository {

  @PersistenceContext EntityManager em;
  @Inject CaseOpening opening;

  /**
   * The case of the subject, locked for this transaction: reports and decisions about one subject
   * take turns, so that counts and holds see each other.
   */
  public Optional<ModerationCase> findForUpdate(SubjectKind kind, long subjectId) {
    return em.createNamedQuery("ModerationCase.findBySubject", ModerationCase.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The newest reports the person made ({@code reporter}) or that are about their content. */
  public List<Report> reportsOf(long accountId, boolean byThem, int limit) {
    String who = byThem ? "r.reporter.id" : "c.owner.id";
    return em.createQuery(
            "SELECT r FROM Report r JOIN FETCH r.moderationCase c JOIN FETCH r.reporter"
                + " WHERE "
                + who
                + " = :account ORDER BY r.createdAt DESC, r.id DESC",
            Report.class)
        .setParameter("account", accountId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The subject's case, locked until the transaction ends; made first if the subject has none. The
   * case is made in a transaction of its own ({@link CaseOpening}), so that when two transactions
   * make it at the same moment, the one that loses on the unique constraint joins the winner's case
   * instead of failing.
   */
  public ModerationCase findOrOpenForUpdate(
      SubjectKind kind, long subjectId, Account owner, Instant now) {
    return findForUpdate(kind, subjectId)
        .orElseGet(
            () -> {
              try {
                opening.open(kind, subjectId, owner.getId(), now);
              } catch (EJBException refused) {
                // Another transaction's case committed first (the subject's key refused this one),
                // and this one joins it; without such a case, the failure was another and stands.
                return findForUpdate(kind, subjectId).orElseThrow(() -> refused);
              }
              return findForUpdate(kind, subjectId).orElseThrow();
            });
  }

  public Optional<ModerationCase> find(long caseId) {
    return Optional.ofNullable(em.find(ModerationCase.class, caseId));
  }

  public Optional<ModerationCase> findForUpdate(long caseId) {
    return Optional.ofNullable(
        em.find(ModerationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE));
  }

  public void store(ModerationDecision decision) {
    em.persist(decision);
  }

  /** A page of the queue: most-reported first, then those waiting longest. */
  public List<ModerationCase> waiting(QueueFilter filter, int first, int size) {
    return filtered(
            "SELECT DISTINCT c",
            " ORDER BY c.openReports DESC, c.waitingSince ASC, c.id ASC",
            ModerationCase.class,
            filter)
        .setFirstResult(first)
        .setMaxResults(size)
        // The reports of the whole page in one more query, not one per case.
        .setHint("eclipselink.batch", "c.reports")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  public long countWaiting(QueueFilter filter) {
    return filtered("SELECT COUNT(DISTINCT c)", "", Long.class, filter).getSingleResult();
  }

  /**
   * The waiting cases the filter lets through. The reason is a join, not EXISTS: with a subquery
   * EclipseLink writes its values into the statement, and a boolean as 1, which H2 does not compare
   * with a boolean column.
   */
  private <T> TypedQuery<T> filtered(
      String select, String order, Class<T> type, QueueFilter filter) {
    SubjectKind kind = filter.kind();
    ReportReason reason = filter.reason();
    String from =
        reason == null
            ? " FROM ModerationCase c WHERE c.waiting = :waiting"
            : " FROM ModerationCase c JOIN c.reports r WHERE c.waiting = :waiting"
                + " AND r.closedAt IS NULL AND r.reason = :reason";
    TypedQuery<T> query =
        em.createQuery(
                select
                    + from
                    + (kind == null ? "" : " AND c.kind = :kind")
                    + (filter.owner() == null ? "" : " AND c.owner.username = :owner")
                    + order,
                type)
            .setParameter("waiting", true);
    if (filter.owner() != null) {
      query.setParameter("owner", filter.owner());
    }
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    if (reason != null) {
      query.setParameter("reason", reason);
    }
    return query;
  }

  /** The ids of the subjects of this kind that the person has reported. */
  public List<Long> reportedBy(Account reporter, SubjectKind kind) {
    return em.createQuery(
            "SELECT r.moderationCase.subjectId FROM Report r"
                + " WHERE r.reporter = :reporter AND r.moderationCase.kind = :kind",
            Long.class)
        .setParameter("reporter", reporter)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The decisions about the subject, newest first. */
  public List<ModerationDecision> decisionsAbout(SubjectKind kind, long subjectId) {
    return em.createQuery(
            "SELECT d FROM ModerationDecision d WHERE d.kind = :kind AND d.subjectId = :subject"
                + " ORDER BY d.decidedAt DESC, d.id DESC",
            ModerationDecision.class)
        .setParameter("kind", kind)
        .setParameter("subject", subjectId)
        .getResultList();
  }
}
