package org.corkboard.account.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins under one key (an account name or a client address). After a few failures the
 * next attempt must wait a little longer each time; after more, the key is locked for a while. Only
 * the failures of a sliding window count: older ones fall away, so that a key used by many people
 * (a shared proxy's address) is not locked by failures spread over days.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  @Id private String throttleKey;

  /** The times of the failures that may still count, oldest first; replaced, never changed. */
  @Basic // a value in one column, not a collection of rows
  @Convert(converter = FailureTimes.class)
  private List<Instant> recentFailures = List.of();

  private Instant lockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String throttleKey) {
    this.throttleKey = Objects.requireNonNull(throttleKey);
  }

  /** When the next attempt may be made, if that is later than now. */
  public Optional<Instant> refusedUntil(Instant now, Policy policy) {
    Instant until = lockedUntil;
    List<Instant> recent = policy.within(recentFailures, now);
    if (until == null && recent.size() >= policy.slowAfter()) {
      until = recent.get(recent.size() - 1).plus(policy.delayAfter(recent.size()));
    }
    return Optional.ofNullable(until).filter(now::isBefore);
  }

  /**
   * A failure during a lock extends it; after a lock has passed, counting starts afresh. Answers
   * whether this failure began a lock.
   */
  public boolean recordFailure(Instant now, Policy policy) {
    boolean locked = lockedUntil != null && now.isBefore(lockedUntil);
    List<Instant> recent =
        new ArrayList<>(
            lockedUntil == null || locked ? policy.within(recentFailures, now) : List.of());
    recent.add(now);
    // More than lockAfter failures never matter: keep the row small.
    recentFailures =
        List.copyOf(recent.subList(Math.max(0, recent.size() - policy.lockAfter()), recent.size()));
    lockedUntil = locked || recent.size() >= policy.lockAfter() ? now.plus(policy.lockFor()) : null;
    return !locked && lockedUntil != null;
  }

  /** How many failures count now. */
  public int failures(Instant now, Policy policy) {
    return policy.within(recentFailures, now).size();
  }

  /**
   * How a key is throttled: the failures of the last {@code window} count; from {@code slowAfter}
   * of them each attempt waits one second, doubled per further failure; from {@code lockAfter} the
   * key is locked for {@code lockFor}.
   */
  public record Policy(int slowAfter, int lockAfter, Duration lockFor, Duration window) {

    /** As many failure times as the database column holds. */
    static final int MAX_LOCK_AFTER = 1000;

    public Policy {
      if (lockAfter < 1 || lockAfter > MAX_LOCK_AFTER) {
        throw new IllegalArgumentException(
            "A sign-in limit must be between 1 and " + MAX_LOCK_AFTER + ", not " + lockAfter);
      }
      Objects.requireNonNull(lockFor);
      Objects.requireNonNull(window);
    }

    Duration delayAfter(int failures) {
      return Duration.ofSeconds(1L << Math.min(10, failures - slowAfter));
    }

    /** The failures that still count at {@code now}: those of the last {@code window}. */
    List<Instant> within(List<Instant> failures, Instant now) {
      Instant start = now.minus(window);
      return failures.stream().filter(start::isBefore).toList();
    }
  }
}
