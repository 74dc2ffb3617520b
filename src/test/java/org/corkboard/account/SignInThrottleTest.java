package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.FailureTimes;
import org.corkboard.account.entity.SignInThrottle;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final SignInThrottle.Policy POLICY =
      new SignInThrottle.Policy(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** As for a client address: never slowed, locked after 30 failures within 15 minutes. */
  private static final SignInThrottle.Policy ADDRESS =
      new SignInThrottle.Policy(
          Integer.MAX_VALUE, 30, Duration.ofMinutes(15), Duration.ofMinutes(15));

  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private final SignInThrottle throttle = new SignInThrottle("alice");

  /** Records failures one second apart from START; returns the time of the last one. */
  private Instant failTimes(int count) {
    Instant at = START;
    for (int i = 0; i < count; i++) {
      at = START.plusSeconds(i);
      throttle.recordFailure(at, POLICY);
    }
    return at;
  }

  @Test
  void doesNotRefuseAfterOneOrTwoFailures() {
    throttle.recordFailure(START, POLICY);
    assertThat(throttle.refusedUntil(START, POLICY)).isEmpty();

    throttle.recordFailure(START, POLICY);
    assertThat(throttle.refusedUntil(START, POLICY)).isEmpty();
    assertThat(throttle.failures(START, POLICY)).isEqualTo(2);
  }

  @Test
  void refusesForOneSecondAfterTheThirdFailure() {
    Instant last = failTimes(3);

    assertThat(throttle.refusedUntil(last, POLICY)).contains(last.plusSeconds(1));
    assertThat(throttle.refusedUntil(last.plusMillis(999), POLICY)).isPresent();
    assertThat(throttle.refusedUntil(last.plusSeconds(1), POLICY)).isEmpty();
  }

  @Test
  void doublesTheWaitWithEachFurtherFailure() {
    Instant last = failTimes(4);

    assertThat(throttle.refusedUntil(last, POLICY)).contains(last.plusSeconds(2));
    assertThat(throttle.refusedUntil(last.plusSeconds(2), POLICY)).isEmpty();
  }

  @Test
  void locksForFifteenMinutesAfterTheFifthFailure() {
    Instant last = failTimes(5);
    Instant unlocked = last.plus(Duration.ofMinutes(15));

    assertThat(throttle.refusedUntil(last, POLICY)).contains(unlocked);
    assertThat(throttle.refusedUntil(unlocked.minusSeconds(1), POLICY)).contains(unlocked);
    assertThat(throttle.refusedUntil(unlocked, POLICY)).isEmpty();
  }

  @Test
  void countsFromOneAgainAfterTheLockHasPassed() {
    Instant last = failTimes(5);
    Instant later = last.plus(Duration.ofMinutes(16));

    throttle.recordFailure(later, POLICY);

    assertThat(throttle.failures(later, POLICY)).isEqualTo(1);
    assertThat(throttle.refusedUntil(later, POLICY)).isEmpty();
  }

  @Test
  void onlyTheFailureThatBeginsALockSaysSo() {
    failTimes(4);
    assertThat(throttle.recordFailure(START.plusSeconds(4), POLICY)).isTrue();
    assertThat(throttle.recordFailure(START.plusSeconds(5), POLICY)).isFalse();
  }

  @Test
  void aFailureDuringTheLockExtendsIt() {
    Instant last = failTimes(5);
    Instant duringLock = last.plus(Duration.ofMinutes(10));

    throttle.recordFailure(duringLock, POLICY);

    assertThat(throttle.refusedUntil(duringLock, POLICY))
        .contains(duringLock.plus(Duration.ofMinutes(15)));
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    throttle.recordFailure(START, POLICY);
    throttle.recordFailure(START.plusSeconds(1), POLICY);
    Instant later = START.plus(Duration.ofMinutes(20));

    throttle.recordFailure(later, POLICY);

    assertThat(throttle.failures(later, POLICY)).isEqualTo(1);
    assertThat(throttle.refusedUntil(later, POLICY)).as("not slowed by the old two").isEmpty();
  }

  @Test
  void theWindowSlidesFailureByFailure() {
    Instant first = START;
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(first.plus(Duration.ofMinutes(4 * i)), POLICY); // minutes 0, 4, 8, 12
    }
    assertThat(throttle.failures(START.plus(Duration.ofMinutes(14)), POLICY)).isEqualTo(4);
    assertThat(throttle.failures(START.plus(Duration.ofMinutes(15)), POLICY))
        .as("the first failure falls away after exactly fifteen minutes")
        .isEqualTo(3);
    assertThat(throttle.failures(START.plus(Duration.ofMinutes(27)), POLICY)).isZero();

    Instant fifth = START.plus(Duration.ofMinutes(16));
    throttle.recordFailure(fifth, POLICY);
    assertThat(throttle.refusedUntil(fifth, POLICY))
        .as("four failures count, not five: slowed, not locked")
        .contains(fifth.plusSeconds(2));
  }

  @Test
  void aSharedAddressIsNotLockedByFailuresSpreadOverTime() {
    Instant at = START;
    for (int i = 0; i < 200; i++) {
      at = START.plus(Duration.ofMinutes(i));
      throttle.recordFailure(at, ADDRESS);
      assertThat(throttle.refusedUntil(at, ADDRESS)).as("after failure %d", i + 1).isEmpty();
    }
    assertThat(throttle.failures(at, ADDRESS)).isEqualTo(15);
  }

  @Test
  void anAddressIsLockedAfterThirtyFailuresWithinTheWindow() {
    Instant at = START;
    for (int i = 0; i < 29; i++) {
      at = START.plusSeconds(30L * i);
      throttle.recordFailure(at, ADDRESS);
    }
    assertThat(throttle.refusedUntil(at, ADDRESS)).isEmpty();

    Instant thirtieth = at.plusSeconds(30);
    throttle.recordFailure(thirtieth, ADDRESS);
    assertThat(throttle.refusedUntil(thirtieth, ADDRESS))
        .contains(thirtieth.plus(Duration.ofMinutes(15)));
  }

  @Test
  void keepsNoMoreFailuresThanLockTheKey() {
    Instant last = failTimes(5);
    for (int i = 1; i <= 20; i++) {
      throttle.recordFailure(last.plusSeconds(i), POLICY);
    }
    assertThat(throttle.failures(last.plusSeconds(20), POLICY)).isEqualTo(5);
  }

  @Test
  void failureTimesSurviveTheirColumn() {
    var column = new FailureTimes();
    var times = List.of(START, START.plusMillis(1), START.plus(Duration.ofDays(400)));
    assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(times)))
        .isEqualTo(times);
    assertThat(column.convertToEntityAttribute("")).isEmpty();
    assertThat(column.convertToDatabaseColumn(List.of())).isEmpty();
  }
}
