package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.corkboard.account.entity.SignInThrottle;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final SignInThrottle.Policy POLICY =
      new SignInThrottle.Policy(3, 5, Duration.ofMinutes(15));
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
    assertThat(throttle.getFailures()).isEqualTo(2);
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

    assertThat(throttle.getFailures()).isEqualTo(1);
    assertThat(throttle.refusedUntil(later, POLICY)).isEmpty();
  }

  @Test
  void aFailureDuringTheLockExtendsIt() {
    Instant last = failTimes(5);
    Instant duringLock = last.plus(Duration.ofMinutes(10));

    throttle.recordFailure(duringLock, POLICY);

    assertThat(throttle.refusedUntil(duringLock, POLICY))
        .contains(duringLock.plus(Duration.ofMinutes(15)));
  }
}
