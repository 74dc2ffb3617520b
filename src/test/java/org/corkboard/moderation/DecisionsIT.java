package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.moderation.TestModeration.as;
import static org.corkboard.moderation.TestModeration.asModerator;
import static org.corkboard.moderation.TestModeration.news;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.boundary.MessageEntry;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.QueueFilter;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Identities;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every decision: what it does to its subject, the reason kept with it, and who is told what; a
 * hidden listing asked back by its owner and shown again.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class DecisionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(DecisionsIT.class, TestListings.class, Chats.class);
  }

  @Inject Reports reports;
  @Inject Decisions decisions;
  @Inject ModerationQueue queue;
  @Inject Listings listings;
  @Inject Conversations conversations;
  @Inject Notifications notifications;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject TestModeration moderation;
  @Inject Chats chats;
  @Inject AuditLog auditLog;

  private Account owner;
  private Account reporter;
  private Account moderator;

  @BeforeEach
  void createPeople() {
    owner = testAccounts.create("owner");
    reporter = testAccounts.create("reporter");
    moderator = testAccounts.create("moderator", Role.MODERATOR);
  }

  @Test
  void hidingKeepsTheReasonAndTellsTheOwnerAndTheReporter() throws Exception {
    long listing = chats.listingOf(owner, "Replica sword");
    long caseId = reported(SubjectKind.LISTING, listing);
    decide(caseId, Verdict.HIDE, "Weapons may not be offered.", null);

    Listing hidden = testListings.reload(listing);
    assertThat(hidden.getStatus()).isEqualTo(ListingStatus.HIDDEN);
    assertThat(hidden.getHold()).isEqualTo(ListingHold.MODERATOR);
    assertThat(hidden.getHoldReason()).isEqualTo("Weapons may not be offered.");
    assertThat(moderation.decisionsAbout(SubjectKind.LISTING, listing))
        .extracting(ModerationDecision::getDecision, ModerationDecision::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Verdict.HIDE, "Weapons may not be offered."));
    assertThat(news(owner, NotificationKind.MODERATION, notifications))
        .containsExactly(
            "A moderator hid your listing “Replica sword”: Weapons may not be offered. You can"
                + " edit it and ask for another review on its page.");
    assertThat(news(reporter, NotificationKind.REPORT_DECIDED, notifications))
        .containsExactly(
            "Your report of “Replica sword” was reviewed by a moderator: listing hidden.");
    assertThat(auditedDecisionsOf(moderator))
        .extracting(
            AuditEntry::getAction,
            AuditEntry::getSubjectKind,
            AuditEntry::getSubjectId,
            AuditEntry::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "moderation.hide",
                "listing",
                String.valueOf(listing),
                "Weapons may not be offered."));
    assertThatThrownBy(() -> decide(caseId, Verdict.DISMISS, "Again", null))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("decided already");
  }

  @Test
  void theOwnerEditsAsksForAnotherReviewAndIsShownAgain() throws Exception {
    long listing = chats.listingOf(owner, "Knife set");
    long caseId = reported(SubjectKind.LISTING, listing);
    decide(caseId, Verdict.HIDE, "Looks like weapons.", null);
    assertThatThrownBy(() -> as(reporter, () -> reports.askForReview(listing)))
        .hasMessageContaining("Only its owner");

    Listing hidden = testListings.reload(listing);
    as(
        owner,
        () ->
            listings.update(
                listing, ListingForms.edit(hidden, "Kitchen knife set", new BigDecimal("30"))));
    as(owner, () -> reports.askForReview(listing));
    assertThatThrownBy(() -> as(owner, () -> reports.askForReview(listing)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("asked for a review already");
    var entry = moderatorSees(caseId);
    assertThat(entry.reviewRequested()).isTrue();
    assertThat(entry.subject().title()).isEqualTo("Kitchen knife set");
    assertThat(entry.earlier())
        .extracting(ModerationQueue.DecisionLine::reason)
        .containsExactly("Looks like weapons.");

    decide(caseId, Verdict.RESTORE, "Kitchen knives are fine.", null);
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(news(owner, NotificationKind.MODERATION, notifications))
        .first()
        .isEqualTo("Your listing “Kitchen knife set” is shown again: Kitchen knives are fine.");
  }

  @Test
  void dismissingClosesTheReportsAndTellsOnlyTheReporter() throws Exception {
    long listing = chats.listingOf(owner);
    long caseId = reported(SubjectKind.LISTING, listing);
    decide(caseId, Verdict.DISMISS, "Nothing wrong with it.", null);
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(asStaff(() -> queue.waitingCase(caseId))).isEmpty();
    assertThat(news(owner, NotificationKind.MODERATION, notifications)).isEmpty();
    assertThat(news(reporter, NotificationKind.REPORT_DECIDED, notifications))
        .singleElement()
        .asString()
        .endsWith("was reviewed by a moderator: dismissed.");
    assertThat(moderation.decisionsAbout(SubjectKind.LISTING, listing))
        .extracting(ModerationDecision::getReason)
        .containsExactly("Nothing wrong with it.");
  }

  @Test
  void aListingItsReportsHideIsShownAgainOrHiddenNeverJustDismissed() throws Exception {
    long listing = chats.listingOf(owner);
    long caseId = reported(SubjectKind.LISTING, listing);
    for (String name : new String[] {"second", "third"}) {
      Account other = testAccounts.create(name);
      as(other, () -> reports.report(SubjectKind.LISTING, listing, ReportReason.SPAM, null));
    }
    assertThat(testListings.reload(listing).getHold()).isEqualTo(ListingHold.REPORTS);
    assertThatThrownBy(() -> decide(caseId, Verdict.DISMISS, "Fine", null))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("show it again or hide it");
    decide(caseId, Verdict.RESTORE, "The reports were mistaken.", null);
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(news(reporter, NotificationKind.REPORT_DECIDED, notifications))
        .singleElement()
        .asString()
        .endsWith("listing shown again.");
  }

  @Test
  void aRemovedMessageShowsNoMoreAndItsSenderIsTold() throws Exception {
    long conversation =
        chats.contact(reporter, chats.listingOf(owner, "Work desk"), "Pay me first");
    long id = as(owner, () -> conversations.open(conversation)).messages().get(0).id();
    as(owner, () -> reports.report(SubjectKind.MESSAGE, id, ReportReason.SCAM, null));
    long caseId = moderation.caseOf(SubjectKind.MESSAGE, id);
    decide(caseId, Verdict.REMOVE_MESSAGE, "Asking for payment up front.", null);

    MessageEntry removed = as(owner, () -> conversations.open(conversation)).messages().get(0);
    assertThat(removed.removed()).isTrue();
    assertThat(removed.body()).isEmpty();
    assertThat(news(reporter, NotificationKind.MODERATION, notifications))
        .containsExactly(
            "A moderator removed your message about “Work desk”: Asking for payment up front.");
    assertThat(news(owner, NotificationKind.REPORT_DECIDED, notifications))
        .singleElement()
        .asString()
        .endsWith("message removed.");
  }

  @Test
  void aWarningTellsThePersonOnly() throws Exception {
    long caseId = reported(SubjectKind.PROFILE, owner.getId());
    decide(caseId, Verdict.WARN, "Keep your bio friendly.", null);
    assertThat(news(owner, NotificationKind.MODERATION, notifications))
        .containsExactly("A moderator warns you about your profile: Keep your bio friendly.");
    assertThat(testAccounts.reload(owner.getId()).getSuspendedUntil()).isNull();
  }

  @Test
  void aDecisionNeedsAReasonAndMustFitItsSubject() throws Exception {
    long caseId = reported(SubjectKind.PROFILE, owner.getId());
    assertThatThrownBy(() -> decide(caseId, Verdict.WARN, "  ", null))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Give a reason");
    assertThatThrownBy(() -> decide(caseId, Verdict.HIDE, "Hide a person?", null))
        .isInstanceOf(Refused.class)
        .hasMessage("This decision does not apply here.");
    assertThatThrownBy(() -> decide(caseId, Verdict.SUSPEND, "Too long", 366))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("1 to 365 days");
    assertThat(asStaff(() -> queue.waitingCase(caseId))).as("still waiting").isPresent();
    assertThat(moderation.decisionsAbout(SubjectKind.PROFILE, owner.getId())).isEmpty();
  }

  @Test
  void theQueueShowsTheMostReportedFirstFiltersAndPages() throws Exception {
    long once = chats.listingOf(owner, "Reported once");
    as(
        reporter,
        () -> reports.report(SubjectKind.LISTING, once, ReportReason.WRONG_CATEGORY, null));
    long twice = chats.listingOf(owner, "Reported twice");
    as(
        reporter,
        () -> reports.report(SubjectKind.LISTING, twice, ReportReason.PROHIBITED, "Ivory"));
    Account second = testAccounts.create("second");
    as(second, () -> reports.report(SubjectKind.LISTING, twice, ReportReason.SCAM, null));

    List<Long> listings = subjectsWaiting(SubjectKind.LISTING, null);
    assertThat(listings).contains(once, twice);
    assertThat(listings.indexOf(twice)).isLessThan(listings.indexOf(once));
    assertThat(subjectsWaiting(SubjectKind.LISTING, ReportReason.PROHIBITED))
        .contains(twice)
        .doesNotContain(once);
    assertThat(subjectsWaiting(SubjectKind.PROFILE, null)).doesNotContain(once, twice);
    QueueFilter ownersOnly = new QueueFilter(null, null, " " + owner.getUsername().toUpperCase());
    assertThat(asStaff(() -> queue.waiting(ownersOnly, 0, ModerationQueue.MAX_PAGE)).entries())
        .extracting(e -> e.subject().id())
        .containsExactly(twice, once);
    assertThat(asStaff(() -> queue.countWaiting(ownersOnly))).isEqualTo(2);

    ModerationQueue.Page first = asStaff(() -> queue.waiting(SubjectKind.LISTING, null, 0, 1));
    assertThat(first.entries()).hasSize(1);
    assertThat(first.total()).isGreaterThanOrEqualTo(2);
    ModerationQueue.Entry entry =
        asStaff(() -> queue.waitingCase(moderation.caseOf(SubjectKind.LISTING, twice)))
            .orElseThrow();
    assertThat(entry.openReports()).isEqualTo(2);
    assertThat(entry.reports())
        .extracting(ModerationQueue.ReportLine::reason, ModerationQueue.ReportLine::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReportReason.PROHIBITED, "Ivory"),
            org.assertj.core.groups.Tuple.tuple(ReportReason.SCAM, null));
  }

  /** The ids of the subjects waiting in the queue, in its order, over all its pages. */
  private List<Long> subjectsWaiting(SubjectKind kind, ReportReason reason) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int first = 0; ; first += ModerationQueue.MAX_PAGE) {
      int from = first;
      var page = asStaff(() -> queue.waiting(kind, reason, from, ModerationQueue.MAX_PAGE));
      page.entries().forEach(e -> ids.add(e.subject().id()));
      if (page.entries().size() < ModerationQueue.MAX_PAGE) {
        return ids;
      }
    }
  }

  private <T> T asStaff(java.util.concurrent.Callable<T> call) throws Exception {
    return org.corkboard.testing.Identities.as(
        moderator.getUsername(), TestModeration.MODERATOR, call);
  }

  private long reported(SubjectKind kind, long id) throws Exception {
    as(reporter, () -> reports.report(kind, id, ReportReason.OTHER, "Please look"));
    return moderation.caseOf(kind, id);
  }

  private ModerationQueue.Entry moderatorSees(long caseId) throws Exception {
    return asStaff(() -> queue.waitingCase(caseId)).orElseThrow();
  }

  private List<AuditEntry> auditedDecisionsOf(Account person) throws Exception {
    Account admin = testAccounts.create("admin", Role.ADMIN);
    AuditFilter filter = new AuditFilter(person.getUsername(), "moderation", null, null);
    return Identities.as(
        admin.getUsername(),
        TestModeration.ADMIN,
        () -> auditLog.search(filter, AuditSort.NEWEST_FIRST, 0, 10));
  }

  private void decide(long caseId, Verdict verdict, String reason, Integer days) throws Exception {
    asModerator(moderator, () -> decisions.decide(caseId, verdict, reason, days));
  }
}
