package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.SignInThrottle;
import org.corkboard.account.entity.SignInThrottle.Policy;
import org.corkboard.platform.Settings;

/**
 * Slows down and then refuses repeated failed sign-ins, per account name and per client address;
 * only the failures of the last {@code corkboard.sign-in.window-minutes} count. The name is
 * throttled whether or not an account has it, so the answer reveals nothing.
 */
@ApplicationScoped
public class SignInGuard {

  private static final Duration LOCK =
      Duration.ofMinutes(Settings.number("corkboard.sign-in.lock-minutes", 15));
  private static final Duration WINDOW =
      Duration.ofMinutes(Settings.number("corkboard.sign-in.window-minutes", 15));
  private static final Policy PER_ACCOUNT = new Policy(3, 5, LOCK, WINDOW);
  private static final Policy PER_ADDRESS =
      new Policy(
          Integer.MAX_VALUE, Settings.number("corkboard.sign-in.address-limit", 30), LOCK, WINDOW);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** When the next sign-in for this name from this address may be tried, if not now. */
  public Optional<Instant> refusedUntil(String identifier, String address) {
    Instant now = clock.instant();
    return Stream.concat(
            throttle(accountKey(identifier))
                .flatMap(t -> t.refusedUntil(now, PER_ACCOUNT))
                .stream(),
            throttle(addressKey(address)).flatMap(t -> t.refusedUntil(now, PER_ADDRESS)).stream())
        .max(Instant::compareTo);
  }

  public void recordFailure(String identifier, String address) {
    Instant now = clock.instant();
    lockedOrNew(accountKey(identifier)).recordFailure(now, PER_ACCOUNT);
    lockedOrNew(addressKey(address)).recordFailure(now, PER_ADDRESS);
  }

  public void recordSuccess(String identifier) {
    throttle(accountKey(identifier)).ifPresent(em::remove);
  }

  private Optional<SignInThrottle> throttle(String key) {
    return Optional.ofNullable(em.find(SignInThrottle.class, key));
  }

  private SignInThrottle lockedOrNew(String key) {
    SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new SignInThrottle(key);
      em.persist(throttle);
    }
    return throttle;
  }

  private static String accountKey(String identifier) {
    return "account:" + Account.normalize(identifier);
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }
}
