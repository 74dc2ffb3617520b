package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.moderation.TestModeration.as;
import static org.corkboard.moderation.TestModeration.asModerator;
import static org.corkboard.moderation.TestModeration.news;

import jakarta.inject.Inject;
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
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
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
