package org.corkboard.account.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins under one key (an account name or a client address). After a few failures the
 * next attempt must wait a little longer each time; after more, the key is locked for a while.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  @Id private String throttleKey;
  private int failures;
  private Instant lastFailureAt;
  private Instant lockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String throttleKey) {
    this.throttleKey = Objects.requireNonNull(throttleKey);
  }

  /** When the next attempt may be made, if that is later than now. */
  public Optional<Instant> refusedUntil(Instant now, Policy policy) {
    Instant until = lockedUntil;
    if (until == null && failures >= policy.slowAfter()) {
      until = lastFailureAt.plus(policy.delayAfter(failures));
    }
    return Optional.ofNullable(until).filter(now::isBefore);
  }

  public void recordFailure(Instant now, Policy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= policy.lockAfter()) {
      lockedUntil = now.plus(policy.lockFor());
    }
  }

  public int getFailures() {
    return failures;
  }

  /**
   * How a key is throttled: from {@code slowAfter} failures each attempt waits one second, doubled
   * per further failure; from {@code lockAfter} failures the key is locked for {@code lockFor}.
   */
  public record Policy(int slowAfter, int lockAfter, Duration lockFor) {

    Duration delayAfter(int failures) {
      return Duration.ofSeconds(1L << Math.min(10, failures - slowAfter));
    }
  }
}
