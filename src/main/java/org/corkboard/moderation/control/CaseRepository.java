package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.Report;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;

/** Cases, their reports and decisions in the database; the queue is paged there. */
@ApplicationScoped
public class CaseRepository {

  @PersistenceContext EntityManager em;

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

  public Optional<ModerationCase> find(long caseId) {
    return Optional.ofNullable(em.find(ModerationCase.class, caseId));
  }

  public Optional<ModerationCase> findForUpdate(long caseId) {
    return Optional.ofNullable(
        em.find(ModerationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE));
  }

  public ModerationCase store(ModerationCase moderationCase) {
    em.persist(moderationCase);
    return moderationCase;
  }

  public void store(ModerationDecision decision) {
    em.persist(decision);
  }

  /** A page of the queue: most-reported first, then those waiting longest. */
  public List<ModerationCase> waiting(SubjectKind kind, ReportReason reason, int first, int size) {
    return filtered(
            "SELECT DISTINCT c",
            " ORDER BY c.openReports DESC, c.waitingSince ASC, c.id ASC",
            ModerationCase.class,
            kind,
            reason)
        .setFirstResult(first)
        .setMaxResults(size)
        // The reports of the whole page in one more query, not one per case.
        .setHint("eclipselink.batch", "c.reports")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  public long countWaiting(SubjectKind kind, ReportReason reason) {
    return filtered("SELECT COUNT(DISTINCT c)", "", Long.class, kind, reason).getSingleResult();
  }

  /**
   * The waiting cases, of one kind and with an open report of one reason if these are given. The
   * reason is a join, not EXISTS: with a subquery EclipseLink writes its values into the statement,
   * and a boolean as 1, which H2 does not compare with a boolean column.
   */
  private <T> TypedQuery<T> filtered(
      String select, String order, Class<T> type, SubjectKind kind, ReportReason reason) {
    String from =
        reason == null
            ? " FROM ModerationCase c WHERE c.waiting = :waiting"
            : " FROM ModerationCase c JOIN c.reports r WHERE c.waiting = :waiting"
                + " AND r.closedAt IS NULL AND r.reason = :reason";
    TypedQuery<T> query =
        em.createQuery(select + from + (kind == null ? "" : " AND c.kind = :kind") + order, type)
            .setParameter("waiting", true);
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
