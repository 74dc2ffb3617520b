package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.Suspension;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

/** When a suspension ends, how long it may be, and that it ends by itself. */
class SuspensionTest {

  private static final Instant NOW = Instant.parse("2026-03-28T22:30:00Z");

  @Test
  void aSuspensionEndsThatManyDaysOfTwentyFourHoursLater() {
    assertThat(Suspension.endsAt(NOW, 1)).isEqualTo(Instant.parse("2026-03-29T22:30:00Z"));
    assertThat(Suspension.endsAt(NOW, 7)).isEqualTo(Instant.parse("2026-04-04T22:30:00Z"));
    assertThat(Suspension.endsAt(NOW, 365)).isEqualTo(Instant.parse("2027-03-28T22:30:00Z"));
  }

  @Test
  void onlyOneTo365DaysAreAccepted() {
    for (Integer days : new Integer[] {null, 0, -3, 366}) {
      assertThatThrownBy(() -> Suspension.endsAt(NOW, days))
          .isInstanceOf(Refused.class)
          .hasMessageContaining("1 to 365 days");
    }
  }

  @Test
  void aSuspendedPersonIsSuspendedUntilTheEndAndTheirSessionsEnd() {
    Account person = new Account("sam", "sam@test.example", "Sam", "hash", NOW);
    int epoch = person.getSessionEpoch();
    person.suspend(Suspension.endsAt(NOW, 2), "Spam");
    assertThat(person.getSessionEpoch()).isGreaterThan(epoch);
    assertThat(person.isSuspendedAt(NOW)).isTrue();
    assertThat(person.isSuspendedAt(NOW.plusSeconds(2 * 86400 - 1))).isTrue();
    assertThat(person.isSuspendedAt(NOW.plusSeconds(2 * 86400))).isFalse();
  }
}
