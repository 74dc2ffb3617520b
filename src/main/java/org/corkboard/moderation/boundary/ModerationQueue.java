package org.corkboard.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.entity.Role;
import org.corkboard.moderation.control.CaseRepository;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.QueueFilter;
import org.corkboard.moderation.entity.Report;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.SubjectView;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * The queue of reported subjects for moderators and administrators: waiting cases, most-reported
 * then oldest first, each with its subject as the owner sees it and its open reports; filtered by
 * kind and reason, paged in the database.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed({Role.MODERATOR_NAME, Role.ADMIN_NAME})
public class ModerationQueue {

  public static final int MAX_PAGE = 50;

  @Inject CaseRepository cases;
  @Inject Subjects subjects;
  @Inject Clock clock;

  /** One report as the queue lists it. */
  public record ReportLine(
      ReportReason reason, String note, String reporter, String reporterUsername, Instant at)
      implements Serializable {

    static ReportLine of(Report r) {
      return new ReportLine(
          r.getReason(),
          r.getNote(),
          r.getReporter().getDisplayName(),
          r.getReporter().getUsername(),
          r.getCreatedAt());
    }
  }

  /** An earlier decision about the same subject. */
  public record DecisionLine(String decision, String reason, Instant at) implements Serializable {

    static DecisionLine of(ModerationDecision d) {
      return new DecisionLine(d.getDecision().getLabel(), d.getReason(), d.getDecidedAt());
    }
  }

  /** A waiting case. */
  public record Entry(
      long caseId,
      SubjectView subject,
      int openReports,
      Instant waitingSince,
      boolean reviewRequested,
      List<ReportLine> reports,
      List<DecisionLine> earlier)
      implements Serializable {}

  public record Page(List<Entry> entries, long total) implements Serializable {}

  /** The waiting cases from {@code first}, of one kind and reason if given. */
  public Page waiting(SubjectKind kind, ReportReason reason, int first, int size) {
    return waiting(new QueueFilter(kind, reason, null), first, size);
  }

  /** The waiting cases the filter lets through, from {@code first}. */
  public Page waiting(@NotNull QueueFilter filter, int first, int size) {
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
    Instant now = clock.instant();
    List<Entry> entries =
        cases.waiting(filter, Math.max(0, first), pageSize).stream()
            .map(c -> entry(c, now))
            .toList();
    return new Page(entries, cases.countWaiting(filter));
  }

  /** How many cases the filter lets through. */
  public long countWaiting(@NotNull QueueFilter filter) {
    return cases.countWaiting(filter);
  }

  /** One waiting case, to decide about it. */
  public Optional<Entry> waitingCase(long caseId) {
    return cases.find(caseId).filter(ModerationCase::isWaiting).map(c -> entry(c, clock.instant()));
  }

  private Entry entry(ModerationCase c, Instant now) {
    return new Entry(
        c.getId(),
        subjects.view(c.getKind(), c.getSubjectId(), now),
        c.getOpenReports(),
        c.getWaitingSince(),
        c.isReviewRequested(),
        c.getOpenReportList().stream().map(ReportLine::of).toList(),
        c.isReviewRequested()
            ? cases.decisionsAbout(c.getKind(), c.getSubjectId()).stream()
                .map(DecisionLine::of)
                .toList()
            : List.of());
  }
}
