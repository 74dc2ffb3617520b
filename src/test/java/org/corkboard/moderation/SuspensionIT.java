package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.moderation.TestModeration.as;
import static org.corkboard.moderation.TestModeration.asAdmin;
import static org.corkboard.moderation.TestModeration.asModerator;
import static org.corkboard.moderation.TestModeration.news;

import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.corkboard.account.boundary.AccountRestrictions;
import org.corkboard.account.boundary.SignIn;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.boundary.Suspensions;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.corkboard.wordlist.boundary.WordList;
import org.corkboard.wordlist.entity.WordKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A suspended person cannot sign in (told until when) or post, and their listings are hidden; when
 * the suspension ends they sign in again and their listings come back, but not one a moderator hid
 * for its own sake.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SuspensionIT {

  private static final String ADDRESS = "192.0.2.77";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SuspensionIT.class, TestListings.class, Chats.class);
  }

  @Inject Reports reports;
  @Inject ModerationQueue queue;
  @Inject Suspensions suspensions;
  @Inject WordList wordList;
  @Inject AccountRestrictions restrictions;
  @Inject Decisions decisions;
  @Inject Listings listings;
  @Inject Conversations conversations;
  @Inject SignIn signIn;
  @Inject Notifications notifications;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject TestModeration moderation;
  @Inject Chats chats;

  private Account person;
  private Account reporter;
  private Account moderator;

  @BeforeEach
  void createPeople() {
    person = testAccounts.create("suspended");
    reporter = testAccounts.create("reporter");
    moderator = testAccounts.create("moderator", Role.MODERATOR);
  }

  @Test
  void aSuspensionRefusesSignInAndPostingAndHidesTheListingsUntilItEnds() throws Exception {
    long active = chats.listingOf(person, "Active lamp");
    long heldByModerator = chats.listingOf(person, "Hidden lamp");
    long draft = as(person, () -> listings.saveDraft(chats.bike("Draft lamp")));
    long someonesListing = chats.listingOf(reporter);
    hide(heldByModerator);
    suspend(person, 3);

    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS)).isEmpty();
    assertThat(signIn.suspension())
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("Your account is suspended until ")
                    .contains("(Spamming the board)"));
    assertThatThrownBy(() -> as(person, () -> listings.post(chats.bike("New lamp"))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("suspended until");
    assertThatThrownBy(() -> as(person, () -> conversations.contact(someonesListing, "Hi")))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("suspended until");
    assertThat(testListings.reload(active).getStatus()).isEqualTo(ListingStatus.HIDDEN);
    assertThat(testListings.reload(active).getHold()).isEqualTo(ListingHold.SUSPENSION);
    assertThat(testListings.reload(draft).getStatus()).isEqualTo(ListingStatus.DRAFT);
    assertThat(news(person, NotificationKind.MODERATION, notifications))
        .first()
        .asString()
        .startsWith("Your account is suspended until ")
        .contains("Spamming the board");

    moderation.endSuspensionOf(person.getId());
    moderation.sweep();
    assertThat(testListings.reload(active).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(testListings.reload(heldByModerator).getHold()).isEqualTo(ListingHold.MODERATOR);
    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS))
        .isPresent();
    as(person, () -> listings.post(chats.bike("Lamp after the break")));
  }

  @Test
  void aSuspensionEndsTheSessionsOfThePerson() throws Exception {
    int epoch = testAccounts.reload(person.getId()).getSessionEpoch();
    suspend(person, 1);
    assertThat(testAccounts.reload(person.getId()).getSessionEpoch()).isGreaterThan(epoch);
  }

  @Test
  void aSuspendedModeratorOrAdministratorCanDoNothingInTheConsoleUntilTheSuspensionEnds()
      throws Exception {
    Account admin = testAccounts.create("admin", Role.ADMIN);
    Account target = testAccounts.create("target");
    long listing = chats.listingOf(target, "Reported lamp");
    as(reporter, () -> reports.report(SubjectKind.LISTING, listing, ReportReason.SPAM, null));
    long caseId = moderation.caseOf(SubjectKind.LISTING, listing);
    Account chief = testAccounts.create("chief", Role.ADMIN);
    for (Account staff : new Account[] {moderator, admin}) {
      long version = testAccounts.reload(staff.getId()).getVersion();
      asAdmin(chief, () -> suspensions.suspend(staff.getId(), version, 2, "Abused the console"));
    }

    assertSuspended(() -> asModerator(moderator, () -> queue.waitingCase(caseId)));
    assertSuspended(
        () -> asModerator(moderator, () -> decisions.decide(caseId, Verdict.DISMISS, "Ok", null)));
    assertSuspended(
        () -> asAdmin(admin, () -> decisions.decide(caseId, Verdict.HIDE, "Spam", null)));
    assertSuspended(() -> asAdmin(admin, () -> wordList.add(WordKind.WORD, "lampshade", null)));
    Account before = testAccounts.reload(target.getId());
    assertSuspended(
        () -> asAdmin(admin, () -> restrictions.lock(target.getId(), before.getVersion(), "No")));
    assertSuspended(
        () ->
            as(
                moderator,
                () ->
                    reports.report(SubjectKind.PROFILE, target.getId(), ReportReason.SPAM, null)));
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(testAccounts.reload(target.getId()).getLockedAt()).isNull();
    assertThat(moderation.openReportsOf(caseId)).isEqualTo(1);

    moderation.endSuspensionOf(moderator.getId());
    asModerator(moderator, () -> decisions.decide(caseId, Verdict.DISMISS, "Ok", null));
    assertThat(moderation.decisionsAbout(SubjectKind.LISTING, listing))
        .extracting(ModerationDecision::getDecision)
        .containsExactly(Verdict.DISMISS);
  }

  private static void assertSuspended(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(Forbidden.class)
        .hasMessageStartingWith("Your account is suspended until ");
  }

  private void hide(long listing) throws Exception {
    as(reporter, () -> reports.report(SubjectKind.LISTING, listing, ReportReason.PROHIBITED, null));
    long caseId = moderation.caseOf(SubjectKind.LISTING, listing);
    asModerator(moderator, () -> decisions.decide(caseId, Verdict.HIDE, "Not allowed", null));
  }

  private void suspend(Account someone, int days) throws Exception {
    as(
        reporter,
        () -> reports.report(SubjectKind.PROFILE, someone.getId(), ReportReason.SPAM, null));
    long caseId = moderation.caseOf(SubjectKind.PROFILE, someone.getId());
    asModerator(
        moderator, () -> decisions.decide(caseId, Verdict.SUSPEND, "Spamming the board", days));
  }
}
