package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.category.entity.Category;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Location;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

class ListingLifeCycleTest {

  private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
  private static final Duration LIFETIME = Duration.ofDays(30);
  private static final Duration REMINDER = Duration.ofDays(3);

  private final Account alice = account("alice", 1L);

  /**
   * Accounts are equal by database id only, so an account without one equals nothing, not even
   * itself. Owner checks therefore need an id, set here as the database would.
   */
  private static Account account(String username, long id) {
    Account account =
        new Account(username, username + "@test.example", username, "hash", NOW.minusSeconds(60));
    try {
      Field field = Account.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(account, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return account;
  }

  private Listing draft(ListingType type) {
    Listing listing = new Listing(alice, NOW);
    Price price =
        type == ListingType.WANTED
            ? Price.none()
            : type == ListingType.FREE
                ? Price.of(PriceMode.FREE, null, null)
                : Price.of(PriceMode.FIXED, new BigDecimal("120"), "EUR");
    listing.describe(
        type,
        "Red city bike",
        "28 inch, three gears.",
        new Category("Bikes", "bikes", null, 0),
        price,
        Condition.GOOD,
        Location.of(null, "Berlin", "10115"),
        Map.of(),
        NOW);
    return listing;
  }

  private Listing active(ListingType type) {
    Listing listing = draft(type);
    listing.publish(NOW, LIFETIME);
    return listing;
  }

  private Listing expired() {
    Listing listing = active(ListingType.FOR_SALE);
    listing.expireIfDue(NOW.plus(LIFETIME));
    return listing;
  }

  @Test
  void aNewListingIsADraftThatIsNotPublished() {
    Listing listing = new Listing(alice, NOW);

    assertThat(listing.getStatus()).isEqualTo(ListingStatus.DRAFT);
    assertThat(listing.getOwner()).isSameAs(alice);
    assertThat(listing.getCreatedAt()).isEqualTo(NOW);
    assertThat(listing.getPublishedAt()).isNull();
    assertThat(listing.getExpiresAt()).isNull();
  }

  @Test
  void publishingMakesADraftActiveForOneLifetime() {
    Listing listing = draft(ListingType.FOR_SALE);
    Instant later = NOW.plusSeconds(600);

    listing.publish(later, LIFETIME);

    assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(listing.getPublishedAt()).isEqualTo(later);
    assertThat(listing.getExpiresAt()).isEqualTo(later.plus(LIFETIME));
  }

  @Test
  void aListingCannotBePublishedTwice() {
    Listing listing = active(ListingType.FOR_SALE);

    assertThatThrownBy(() -> listing.publish(NOW.plusSeconds(60), LIFETIME))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Only a draft can be published")
        .hasMessageContaining("active");
    assertThat(listing.getPublishedAt()).isEqualTo(NOW);
  }

  @Test
  void renewingAnActiveListingExtendsItFromNowAndAllowsAnotherReminder() {
    Listing listing = active(ListingType.FOR_SALE);
    Instant inWindow = NOW.plus(LIFETIME).minus(Duration.ofDays(1));
    listing.reminded(inWindow);

    listing.renew(inWindow, LIFETIME);

    assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(listing.getExpiresAt()).isEqualTo(inWindow.plus(LIFETIME));
    assertThat(listing.getPublishedAt()).isEqualTo(NOW);
    Instant inNewWindow = inWindow.plus(LIFETIME).minus(Duration.ofDays(1));
    assertThat(listing.needsReminder(inNewWindow, REMINDER)).isTrue();
  }

  @Test
  void renewingAnExpiredListingMakesItActiveAgainAsIfNew() {
    Listing listing = expired();
    Instant later = NOW.plus(LIFETIME).plus(Duration.ofDays(5));

    listing.renew(later, LIFETIME);

    assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(listing.getPublishedAt()).isEqualTo(later);
    assertThat(listing.getExpiresAt()).isEqualTo(later.plus(LIFETIME));
    assertThat(listing.getEndedAt()).isNull();
  }

  @Test
  void soldClosedAndDraftListingsCannotBeRenewed() {
    Listing sold = active(ListingType.FOR_SALE);
    sold.markSold(NOW.plusSeconds(60));
    Listing closed = active(ListingType.FOR_SALE);
    closed.close(NOW.plusSeconds(60));
    Listing draft = draft(ListingType.FOR_SALE);

    for (Listing listing : new Listing[] {sold, closed, draft}) {
      assertThatThrownBy(() -> listing.renew(NOW.plusSeconds(120), LIFETIME))
          .isInstanceOf(Refused.class)
          .hasMessage("Only an active or expired listing can be renewed.");
    }
    assertThat(sold.getStatus()).isEqualTo(ListingStatus.SOLD);
    assertThat(closed.getStatus()).isEqualTo(ListingStatus.CLOSED);
    assertThat(draft.getStatus()).isEqualTo(ListingStatus.DRAFT);
  }

  @Test
  void itemsForSaleAndGiveAwaysCanBeMarkedSoldWhileActive() {
    for (ListingType type : new ListingType[] {ListingType.FOR_SALE, ListingType.FREE}) {
      Listing listing = active(type);
      Instant later = NOW.plusSeconds(60);

      listing.markSold(later);

      assertThat(listing.getStatus()).isEqualTo(ListingStatus.SOLD);
      assertThat(listing.getEndedAt()).isEqualTo(later);
    }
  }

  @Test
  void aWantedListingCannotBeMarkedSoldButShouldBeClosed() {
    Listing listing = active(ListingType.WANTED);

    assertThatThrownBy(() -> listing.markSold(NOW.plusSeconds(60)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("close it instead");
    assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
  }

  @Test
  void onlyAnActiveListingCanBeMarkedSold() {
    Listing draft = draft(ListingType.FOR_SALE);
    Listing expired = expired();

    assertThatThrownBy(() -> draft.markSold(NOW)).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> expired.markSold(NOW.plus(LIFETIME))).isInstanceOf(Refused.class);
    assertThat(draft.getStatus()).isEqualTo(ListingStatus.DRAFT);
    assertThat(expired.getStatus()).isEqualTo(ListingStatus.EXPIRED);
  }

  @Test
  void refusingToMarkSoldSpeaksOfMarkingSoldNotOfClosing() {
    Listing draft = draft(ListingType.FOR_SALE);

    assertThatThrownBy(() -> draft.markSold(NOW))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("sold")
        .hasMessageNotContaining("closed");
  }

  @Test
  void closingEndsAnActiveListingOfAnyType() {
    Listing listing = active(ListingType.WANTED);
    Instant later = NOW.plusSeconds(60);

    listing.close(later);

    assertThat(listing.getStatus()).isEqualTo(ListingStatus.CLOSED);
    assertThat(listing.getEndedAt()).isEqualTo(later);
  }

  @Test
  void onlyAnActiveListingCanBeClosed() {
    Listing draft = draft(ListingType.FOR_SALE);
    Listing closed = active(ListingType.FOR_SALE);
    closed.close(NOW.plusSeconds(60));

    assertThatThrownBy(() -> draft.close(NOW))
        .isInstanceOf(Refused.class)
        .hasMessage("Only an active listing can be closed.");
    assertThatThrownBy(() -> closed.close(NOW.plusSeconds(120))).isInstanceOf(Refused.class);
    assertThat(draft.getStatus()).isEqualTo(ListingStatus.DRAFT);
  }

  @Test
  void aListingDoesNotExpireBeforeItsTime() {
    Listing listing = active(ListingType.FOR_SALE);

    assertThat(listing.expireIfDue(NOW.plus(LIFETIME).minusMillis(1))).isFalse();
    assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
  }

  @Test
  void aListingExpiresExactlyWhenItsTimeIsUpAndOnlyOnce() {
    Listing listing = active(ListingType.FOR_SALE);
    Instant expiry = NOW.plus(LIFETIME);

    assertThat(listing.expireIfDue(expiry)).isTrue();
    assertThat(listing.getStatus()).isEqualTo(ListingStatus.EXPIRED);
    assertThat(listing.getEndedAt()).isEqualTo(expiry);
    assertThat(listing.getUpdatedAt()).as("a change search must learn of").isEqualTo(expiry);
    assertThat(listing.expireIfDue(expiry.plusSeconds(60))).isFalse();
    assertThat(listing.getEndedAt()).isEqualTo(expiry);
  }

  @Test
  void aListingExpiresWhenItsTimeIsLongPast() {
    Listing listing = active(ListingType.FOR_SALE);

    assertThat(listing.expireIfDue(NOW.plus(LIFETIME).plus(Duration.ofDays(7)))).isTrue();
    assertThat(listing.getStatus()).isEqualTo(ListingStatus.EXPIRED);
  }

  @Test
  void draftsAndEndedListingsNeverExpire() {
    Listing draft = draft(ListingType.FOR_SALE);
    Listing closed = active(ListingType.FOR_SALE);
    closed.close(NOW.plusSeconds(60));

    assertThat(draft.expireIfDue(NOW.plus(Duration.ofDays(365)))).isFalse();
    assertThat(closed.expireIfDue(NOW.plus(Duration.ofDays(365)))).isFalse();
    assertThat(closed.getStatus()).isEqualTo(ListingStatus.CLOSED);
  }

  @Test
  void aReminderIsDueOnlyWithinTheWindowBeforeExpiry() {
    Listing listing = active(ListingType.FOR_SALE);
    Instant windowOpens = NOW.plus(LIFETIME).minus(REMINDER);

    assertThat(listing.needsReminder(NOW, REMINDER)).isFalse();
    assertThat(listing.needsReminder(windowOpens.minusMillis(1), REMINDER)).isFalse();
    assertThat(listing.needsReminder(windowOpens, REMINDER)).isTrue();
    assertThat(listing.needsReminder(NOW.plus(LIFETIME).minusMillis(1), REMINDER)).isTrue();
  }

  @Test
  void aReminderIsSentOnlyOnce() {
    Listing listing = active(ListingType.FOR_SALE);
    Instant inWindow = NOW.plus(LIFETIME).minus(Duration.ofDays(1));

    listing.reminded(inWindow);

    assertThat(listing.needsReminder(inWindow, REMINDER)).isFalse();
    assertThat(listing.needsReminder(inWindow.plusSeconds(3600), REMINDER)).isFalse();
  }

  @Test
  void renewingInsideTheWindowArmsTheReminderAgain() {
    Listing listing = active(ListingType.FOR_SALE);
    Instant inWindow = NOW.plus(LIFETIME).minus(Duration.ofDays(1));
    listing.reminded(inWindow);

    // A renewal shorter than the window leaves the listing inside it at once.
    listing.renew(inWindow, Duration.ofDays(2));

    assertThat(listing.needsReminder(inWindow, REMINDER)).isTrue();
  }

  @Test
  void draftsAndEndedListingsNeedNoReminder() {
    Listing closed = active(ListingType.FOR_SALE);
    closed.close(NOW.plusSeconds(60));
    Listing expired = expired();

    assertThat(closed.needsReminder(NOW.plus(LIFETIME).minusSeconds(60), REMINDER)).isFalse();
    assertThat(expired.needsReminder(NOW.plus(LIFETIME), REMINDER)).isFalse();
  }

  @Test
  void aDraftIsVisibleOnlyToItsOwnerAndStaff() {
    Listing listing = draft(ListingType.FOR_SALE);
    Account bob = account("bob", 2L);

    assertThat(listing.isVisibleTo(alice, false)).isTrue();
    assertThat(listing.isVisibleTo(account("alice", 1L), false)).isTrue();
    assertThat(listing.isVisibleTo(bob, false)).isFalse();
    assertThat(listing.isVisibleTo(null, false)).isFalse();
    assertThat(listing.isVisibleTo(bob, true)).isTrue();
  }

  @Test
  void everyPublishedStateIsVisibleToAnyone() {
    Account bob = account("bob", 2L);
    Listing active = active(ListingType.FOR_SALE);
    Listing sold = active(ListingType.FOR_SALE);
    sold.markSold(NOW.plusSeconds(60));
    Listing closed = active(ListingType.FOR_SALE);
    closed.close(NOW.plusSeconds(60));

    for (Listing listing : new Listing[] {active, sold, closed, expired()}) {
      assertThat(listing.isVisibleTo(bob, false)).isTrue();
      assertThat(listing.isVisibleTo(null, false)).isTrue();
    }
  }
}
