package org.corkboard.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.moderation.control.CaseRepository;
import org.corkboard.moderation.control.ModerationNews;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.Report;
import org.corkboard.moderation.entity.SubjectView;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;

/**
 * Moderators' and administrators' decisions about a waiting case, each with a reason that is kept
 * and told to the owner: dismiss, hide or restore a listing, remove a message, warn or suspend the
 * person. Nobody decides about their own content; the case's open reports close, and each reporter
 * hears what became of their report. One decision is one transaction, its audit entry included.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed({Role.MODERATOR_NAME, Role.ADMIN_NAME})
public class Decisions {

  @Inject CaseRepository cases;
  @Inject Subjects subjects;
  @Inject Verdicts verdicts;
  @Inject ModerationNews news;
  @Inject CurrentAccount current;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  /** Decides about the case; {@code days} only for a suspension (1 to 365). */
  public void decide(long caseId, @NotNull Verdict verdict, String reason, Integer days) {
    Account moderator = current.accountToChange();
    ModerationCase decided =
        cases
            .findForUpdate(caseId)
            .filter(ModerationCase::isWaiting)
            .orElseThrow(
                () -> new Refused("This was decided already, or is no longer in the queue."));
    if (decided.getOwner().equals(moderator)) {
      throw new Forbidden("You cannot decide about your own listing, profile or message.");
    }
    if (!verdict.appliesTo(decided.getKind())) {
      throw new Refused("verdict", "This decision does not apply here.");
    }
    String kept = ModerationDecision.checkedReason(reason);
    Instant now = clock.instant();
    SubjectView subject = subjects.view(decided.getKind(), decided.getSubjectId(), now);
    String toOwner = verdicts.apply(decided, verdict, kept, days, now);
    cases.store(new ModerationDecision(decided, moderator, verdict, kept, days, now));
    auditLog.record(
        new Actor(moderator.getId(), moderator.getUsername()),
        auditEvent(decided, verdict, days).because(kept));
    List<Report> closed = decided.decided(now);
    if (toOwner != null) {
      news.toOwner(decided.getOwner(), subject, toOwner);
    }
    closed.forEach(r -> news.toReporter(r.getReporter(), subject, verdict));
  }

  /**
   * {@code moderation.hide}, {@code moderation.suspend} and so on, about the reported listing,
   * profile or message; a suspension keeps its days as the state after.
   */
  private static AuditEvent auditEvent(ModerationCase decided, Verdict verdict, Integer days) {
    AuditEvent event =
        AuditEvent.of(
            "moderation." + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            decided.getKind().name().toLowerCase(Locale.ROOT),
            decided.getSubjectId());
    return verdict == Verdict.SUSPEND ? event.change(null, days + " days") : event;
  }
}
