package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.moderation.TestModeration.as;
import static org.corkboard.moderation.TestModeration.news;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Forbidden;
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
 * Reporting: once per person and subject, never one's own, only what one can see (a message only by
 * the one it was sent to); three different people hide a listing until a moderator decides.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ReportsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ReportsIT.class, TestListings.class, Chats.class);
  }

  @Inject Reports reports;
  @Inject Listings listings;
  @Inject Conversations conversations;
  @Inject Notifications notifications;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject Chats chats;
  @Inject TestModeration moderation;
  @Resource ManagedExecutorService threads;

  private Account owner;
  private Account ann;
  private Account ben;

  @BeforeEach
  void createPeople() {
    owner = testAccounts.create("reported");
    ann = testAccounts.create("ann");
    ben = testAccounts.create("ben");
  }

  @Test
  void eachPersonReportsASubjectOnce() throws Exception {
    long listing = chats.listingOf(owner);
    report(ann, SubjectKind.LISTING, listing, ReportReason.SPAM, "Same ad daily");
    assertThatThrownBy(() -> report(ann, SubjectKind.LISTING, listing, ReportReason.SCAM, null))
        .isInstanceOf(Refused.class)
        .hasMessage("You reported this already.");
    assertThat(as(ann, () -> reports.reportedByMe(SubjectKind.LISTING))).contains(listing);
    assertThat(as(ben, () -> reports.reportedByMe(SubjectKind.LISTING))).doesNotContain(listing);

    report(ann, SubjectKind.PROFILE, owner.getId(), ReportReason.OFFENSIVE, null);
    assertThatThrownBy(
            () -> report(ann, SubjectKind.PROFILE, owner.getId(), ReportReason.OFFENSIVE, null))
        .hasMessage("You reported this already.");
  }

  @Test
  void nobodyReportsTheirOwnNorWhatTheyCannotSee() throws Exception {
    long listing = chats.listingOf(owner);
    assertThatThrownBy(() -> report(owner, SubjectKind.LISTING, listing, ReportReason.SPAM, null))
        .isInstanceOf(Refused.class)
        .hasMessage("You cannot report your own listing.");
    assertThatThrownBy(
            () -> report(owner, SubjectKind.PROFILE, owner.getId(), ReportReason.SPAM, null))
        .hasMessage("You cannot report your own profile.");
    long draft = as(owner, () -> listings.saveDraft(chats.bike("Draft bike")));
    for (long missing : List.of(draft, Long.MAX_VALUE)) {
      assertThatThrownBy(() -> report(ann, SubjectKind.LISTING, missing, ReportReason.SPAM, null))
          .isInstanceOf(Refused.class)
          .hasMessageStartingWith("There is nothing to report here");
    }
  }

  @Test
  void aReasonIsRequiredAndTheNoteIsLimited() throws Exception {
    long listing = chats.listingOf(owner);
    assertThatThrownBy(() -> report(ann, SubjectKind.LISTING, listing, null, null))
        .isInstanceOf(Refused.class)
        .hasMessage("Choose a reason.");
    assertThatThrownBy(
            () -> report(ann, SubjectKind.LISTING, listing, ReportReason.OTHER, "x".repeat(1001)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("1000 characters");
    assertThat(as(ann, () -> reports.reportedByMe(SubjectKind.LISTING))).doesNotContain(listing);
  }

  @Test
  void onlyTheRecipientReportsAMessage() throws Exception {
    long conversation = chats.contact(ann, chats.listingOf(owner), "Buy my crypto");
    long message = as(owner, () -> conversations.open(conversation)).messages().get(0).id();
    assertThatThrownBy(() -> report(ben, SubjectKind.MESSAGE, message, ReportReason.SPAM, null))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> report(ann, SubjectKind.MESSAGE, message, ReportReason.SPAM, null))
        .isInstanceOf(Refused.class)
        .hasMessage("You cannot report your own message.");
    report(owner, SubjectKind.MESSAGE, message, ReportReason.SCAM, "Not the bike");
    assertThat(as(owner, () -> reports.reportedByMe(SubjectKind.MESSAGE))).contains(message);
  }

  @Test
  void threeDifferentPeopleHideAListingUntilReviewed() throws Exception {
    long listing = chats.listingOf(owner);
    Account cleo = testAccounts.create("cleo");
    report(ann, SubjectKind.LISTING, listing, ReportReason.SCAM, null);
    report(ben, SubjectKind.LISTING, listing, ReportReason.SCAM, null);
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.ACTIVE);

    report(cleo, SubjectKind.LISTING, listing, ReportReason.SPAM, null);
    var held = testListings.reload(listing);
    assertThat(held.getStatus()).isEqualTo(ListingStatus.HIDDEN);
    assertThat(held.getHold()).isEqualTo(ListingHold.REPORTS);
    assertThat(news(owner, NotificationKind.MODERATION, notifications))
        .containsExactly(
            "Your listing “"
                + held.getTitle()
                + "” was reported by 3 people and is hidden until a moderator has looked at it.");
  }

  @Test
  void peopleReportingANewSubjectAtOnceAllJoinOneCase() throws Exception {
    long listing = chats.listingOf(owner);
    List<Account> reporters = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      reporters.add(testAccounts.create("at-once"));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> reported = new ArrayList<>();
    for (Account reporter : reporters) {
      // Submitted as the reporter: the managed executor carries the identity to its thread.
      reported.add(
          as(
              reporter,
              () ->
                  threads.submit(
                      () -> {
                        start.await();
                        reports.report(SubjectKind.LISTING, listing, ReportReason.SCAM, null);
                        return null;
                      })));
    }
    start.countDown();
    for (Future<?> each : reported) {
      each.get(60, TimeUnit.SECONDS);
    }

    long caseId = moderation.caseOf(SubjectKind.LISTING, listing);
    assertThat(moderation.openReportsOf(caseId)).isEqualTo(reporters.size());
  }

  private void report(Account person, SubjectKind kind, long id, ReportReason reason, String note)
      throws Exception {
    as(person, () -> reports.report(kind, id, reason, note));
  }
}
