package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.moderation.TestModeration.as;
import static org.corkboard.moderation.TestModeration.asAdmin;
import static org.corkboard.moderation.TestModeration.asModerator;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.TestListings;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.platform.Forbidden;
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
 * Who may do what: anyone signed in reports and asks for a review of their own listing; moderators
 * and administrators read the queue and decide, never about their own content; only administrators
 * suspend staff. Refused callers change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ModerationAccessIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ModerationAccessIT.class, TestListings.class, Chats.class);
  }

  @Inject Reports reports;
  @Inject Decisions decisions;
  @Inject ModerationQueue queue;
  @Inject TestAccounts testAccounts;
  @Inject TestModeration moderation;
  @Inject Chats chats;

  private Account owner;
  private Account reporter;
  private long listing;
  private long caseId;

  @BeforeEach
  void aReportedListing() throws Exception {
    owner = testAccounts.create("owner");
    reporter = testAccounts.create("reporter");
    listing = chats.listingOf(owner);
    as(reporter, () -> reports.report(SubjectKind.LISTING, listing, ReportReason.SPAM, null));
    caseId = moderation.caseOf(SubjectKind.LISTING, listing);
  }

  @Test
  void anonymousVisitorsDoNothing() {
    for (Callable<?> call :
        List.<Callable<?>>of(
            run(() -> reports.report(SubjectKind.LISTING, listing, ReportReason.SPAM, null)),
            () -> reports.reportedByMe(SubjectKind.LISTING),
            run(() -> reports.askForReview(listing)),
            () -> queue.waiting(null, null, 0, 20),
            () -> queue.waitingCase(caseId),
            run(() -> decisions.decide(caseId, Verdict.DISMISS, "No", null)))) {
      assertThatThrownBy(() -> anonymously(call)).isInstanceOf(EJBAccessException.class);
    }
  }

  @Test
  void peopleNeitherReadTheQueueNorDecide() {
    for (Callable<?> call :
        List.<Callable<?>>of(
            () -> queue.waiting(null, null, 0, 20),
            () -> queue.waitingCase(caseId),
            run(() -> decisions.decide(caseId, Verdict.DISMISS, "No", null)))) {
      assertThatThrownBy(() -> Identities.as(reporter.getUsername(), TestModeration.USER, call))
          .isInstanceOf(EJBAccessException.class);
    }
    assertThat(queueHas(Role.MODERATOR)).as("still waiting").isTrue();
  }

  @Test
  void moderatorsAndAdministratorsReadTheQueueAndDecide() throws Exception {
    assertThat(queueHas(Role.MODERATOR)).isTrue();
    assertThat(queueHas(Role.ADMIN)).isTrue();
    Account admin = testAccounts.create("admin", Role.ADMIN);
    asAdmin(admin, () -> decisions.decide(caseId, Verdict.DISMISS, "Fine as it is.", null));
    assertThat(queueHas(Role.MODERATOR)).isFalse();
  }

  @Test
  void nobodyDecidesAboutTheirOwnContent() throws Exception {
    Account staffOwner = testAccounts.create("staff-owner", Role.MODERATOR);
    long own = chats.listingOf(staffOwner);
    as(reporter, () -> reports.report(SubjectKind.LISTING, own, ReportReason.SPAM, null));
    long ownCase = moderation.caseOf(SubjectKind.LISTING, own);
    assertThatThrownBy(
            () ->
                asModerator(
                    staffOwner, () -> decisions.decide(ownCase, Verdict.DISMISS, "Mine", null)))
        .isInstanceOf(Forbidden.class);
    assertThat(moderation.decisionsAbout(SubjectKind.LISTING, own)).isEmpty();
  }

  @Test
  void onlyAdministratorsSuspendStaff() throws Exception {
    Account staff = testAccounts.create("staff", Role.MODERATOR);
    as(
        reporter,
        () -> reports.report(SubjectKind.PROFILE, staff.getId(), ReportReason.OFFENSIVE, null));
    long staffCase = moderation.caseOf(SubjectKind.PROFILE, staff.getId());
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    assertThatThrownBy(
            () ->
                asModerator(
                    moderator, () -> decisions.decide(staffCase, Verdict.SUSPEND, "Rude", 3)))
        .isInstanceOf(Forbidden.class);
    assertThat(testAccounts.reload(staff.getId()).getSuspendedUntil()).isNull();
    asAdmin(
        testAccounts.create("admin", Role.ADMIN),
        () -> decisions.decide(staffCase, Verdict.SUSPEND, "Rude", 3));
    assertThat(testAccounts.reload(staff.getId()).getSuspendedUntil()).isNotNull();
  }

  @Test
  void onlyTheOwnerAsksForAnotherReview() throws Exception {
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    asModerator(moderator, () -> decisions.decide(caseId, Verdict.HIDE, "Spam", null));
    for (Account someone : List.of(reporter, moderator)) {
      assertThatThrownBy(() -> as(someone, () -> reports.askForReview(listing)))
          .isInstanceOf(Forbidden.class);
    }
    as(owner, () -> reports.askForReview(listing));
    assertThat(queueHas(Role.MODERATOR)).isTrue();
  }

  private boolean queueHas(Role role) {
    try {
      Account staff = testAccounts.create("staff", role);
      Role[] roles = {Role.USER, role};
      return Identities.as(staff.getUsername(), roles, () -> queue.waitingCase(caseId)).isPresent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
