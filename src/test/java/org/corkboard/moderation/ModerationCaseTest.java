package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

/**
 * The rules of a case: once per person, never one's own, the automatic hold counting different
 * people since the last decision, and the queue's state.
 */
class ModerationCaseTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  private final Account owner = person("owner", 1);
  private final Account ann = person("ann", 2);
  private final Account ben = person("ben", 3);
  private final Account cleo = person("cleo", 4);
  private final ModerationCase listing = new ModerationCase(SubjectKind.LISTING, 7, owner, NOW);

  @Test
  void theHoldCountsDifferentPeopleNotReports() {
    listing.report(ann, ReportReason.SPAM, null, NOW);
    assertThatThrownBy(() -> listing.report(ann, ReportReason.SCAM, "again", NOW))
        .isInstanceOf(Refused.class)
        .hasMessage("You reported this already.");
    listing.report(ben, ReportReason.SCAM, null, NOW);
    assertThat(listing.openReporters()).isEqualTo(2);
    assertThat(listing.holdsListing(3)).isFalse();

    listing.report(cleo, ReportReason.OTHER, null, NOW);
    assertThat(listing.holdsListing(3)).isTrue();
    assertThat(listing.getOpenReports()).isEqualTo(3);
  }

  @Test
  void aDecisionClosesTheReportsAndTheCountStartsAgain() {
    listing.report(ann, ReportReason.SPAM, null, NOW);
    listing.report(ben, ReportReason.SPAM, null, NOW);
    assertThat(listing.decided(NOW.plusSeconds(60))).hasSize(2);
    assertThat(listing.isWaiting()).isFalse();
    assertThat(listing.openReporters()).isZero();

    listing.report(cleo, ReportReason.SPAM, null, NOW.plusSeconds(120));
    assertThat(listing.isWaiting()).isTrue();
    assertThat(listing.getWaitingSince()).isEqualTo(NOW.plusSeconds(120));
    assertThat(listing.holdsListing(2)).as("closed reports no longer count").isFalse();
    assertThatThrownBy(() -> listing.report(ann, ReportReason.SPAM, null, NOW))
        .as("once per person and subject, also after a decision")
        .isInstanceOf(Refused.class);
  }

  @Test
  void onlyListingsAreHeld() {
    ModerationCase profile = new ModerationCase(SubjectKind.PROFILE, 1, owner, NOW);
    profile.report(ann, ReportReason.OFFENSIVE, null, NOW);
    assertThat(profile.holdsListing(1)).isFalse();
  }

  @Test
  void nobodyReportsTheirOwnAndEveryReportHasAReasonAndAShortNote() {
    assertThatThrownBy(() -> listing.report(owner, ReportReason.SPAM, null, NOW))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("your own listing");
    assertThatThrownBy(() -> listing.report(ann, null, null, NOW))
        .isInstanceOf(Refused.class)
        .hasMessage("Choose a reason.");
    assertThatThrownBy(() -> listing.report(ann, ReportReason.OTHER, "x".repeat(1001), NOW))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("1000 characters");
    assertThat(listing.getReports()).isEmpty();
    listing.report(ann, ReportReason.OTHER, "  trimmed  ", NOW);
    assertThat(listing.getReports().get(0).getNote()).isEqualTo("trimmed");
  }

  @Test
  void aRequestForReviewPutsTheCaseBackInTheQueue() {
    listing.report(ann, ReportReason.SPAM, null, NOW);
    listing.decided(NOW);
    listing.reviewRequested(NOW.plusSeconds(600));
    assertThat(listing.isWaiting()).isTrue();
    assertThat(listing.isReviewRequested()).isTrue();
    listing.decided(NOW.plusSeconds(900));
    assertThat(listing.isReviewRequested()).isFalse();
  }

  private static Account person(String name, long id) {
    Account account = new Account(name, name + "@test.example", name, "hash", NOW);
    try {
      Field field = Account.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(account, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return account;
  }
}
