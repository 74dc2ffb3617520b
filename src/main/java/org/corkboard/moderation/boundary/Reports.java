package org.corkboard.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.moderation.control.CaseRepository;
import org.corkboard.moderation.control.ModerationNews;
import org.corkboard.moderation.control.ModerationRules;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;

/**
 * What people do about content they find wrong: report a listing, a profile or a message they can
 * see (once each, never their own), and, as owners, ask for another review of a listing a moderator
 * hid. A listing reported by enough different people is hidden at once, until a moderator decides.
 */
@Stateless
@RolesAllowed(Role.USER_NAME)
public class Reports {

  @Inject CaseRepository cases;
  @Inject Subjects subjects;
  @Inject Reportables reportables;
  @Inject ModerationRules rules;
  @Inject ModerationNews news;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  /** Reports the subject; refused if the caller reported it already. */
  @ActiveAccountsOnly
  public void report(@NotNull SubjectKind kind, long subjectId, ReportReason reason, String note) {
    Account reporter = current.accountToChange();
    Reportable subject = reportables.find(kind, subjectId, reporter);
    Instant now = clock.instant();
    ModerationCase reported = cases.findOrOpenForUpdate(kind, subjectId, subject.owner(), now);
    reported.report(reporter, reason, note, now);
    if (reported.holdsListing(rules.autoHideReports())) {
      subjects
          .listingForUpdate(subjectId)
          .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
          .ifPresent(l -> hold(l, reported, now));
    }
  }

  private void hold(Listing listing, ModerationCase reported, Instant now) {
    listing.hide(
        ListingHold.REPORTS,
        "Several people reported it; it is hidden until a moderator has looked at it.",
        now);
    news.toOwner(
        listing.getOwner(),
        subjects.view(SubjectKind.LISTING, listing.getId(), now),
        "Your listing “"
            + ModerationNews.oneLine(listing.getTitle())
            + "” was reported by "
            + reported.openReporters()
            + " people and is hidden until a moderator has looked at it.");
  }

  /** What the report form names: the subject, if the caller may report it. */
  public Reportable reportable(@NotNull SubjectKind kind, long subjectId) {
    return reportables.find(kind, subjectId, current.account());
  }

  /** The ids of the subjects of this kind that the caller has reported: they say "Reported". */
  public Set<Long> reportedByMe(@NotNull SubjectKind kind) {
    return Set.copyOf(cases.reportedBy(current.account(), kind));
  }

  /**
   * The owner has changed the listing a moderator hid and asks for another look: the listing's case
   * goes back into the queue.
   */
  @ActiveAccountsOnly
  public void askForReview(long listingId) {
    Account owner = current.account();
    Listing listing =
        subjects
            .listing(listingId)
            .filter(l -> l.getOwner().equals(owner))
            .orElseThrow(() -> new Forbidden("Only its owner may ask for another review."));
    Instant now = clock.instant();
    listing.askForReview(now);
    cases.findOrOpenForUpdate(SubjectKind.LISTING, listingId, owner, now).reviewRequested(now);
  }

  /** A refusal for a subject that is not there, whatever the reason (never say which). */
  static Refused noSuch() {
    return new Refused("There is nothing to report here: it may have been deleted.");
  }
}
