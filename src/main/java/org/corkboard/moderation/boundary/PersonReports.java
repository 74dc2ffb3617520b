package org.corkboard.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.Role;
import org.corkboard.moderation.control.CaseRepository;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.entity.Report;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectView;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * The reports a person made and those about their listings, profile and messages, newest first, for
 * their page in the console (administrators only).
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class PersonReports {

  /** The most reports each list shows: enough to judge a person, bounded for a page. */
  public static final int LIMIT = 50;

  @Inject CaseRepository cases;
  @Inject Subjects subjects;
  @Inject Clock clock;

  /** A report as the person's page shows it, with its subject as its owner sees it now. */
  public record Line(
      SubjectView subject,
      ReportReason reason,
      String note,
      String reporterUsername,
      Instant at,
      boolean open)
      implements Serializable {}

  public List<Line> madeBy(long accountId) {
    return lines(cases.reportsOf(accountId, true, LIMIT));
  }

  public List<Line> about(long accountId) {
    return lines(cases.reportsOf(accountId, false, LIMIT));
  }

  private List<Line> lines(List<Report> reports) {
    Instant now = clock.instant();
    return reports.stream()
        .map(
            r ->
                new Line(
                    subjects.view(
                        r.getModerationCase().getKind(), r.getModerationCase().getSubjectId(), now),
                    r.getReason(),
                    r.getNote(),
                    r.getReporter().getUsername(),
                    r.getCreatedAt(),
                    r.isOpen()))
        .toList();
  }
}
