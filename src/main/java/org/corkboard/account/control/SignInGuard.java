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
import org.corkboard.setting.boundary.RuntimeSettings;
import org.corkboard.setting.entity.RuntimeSetting;

/**
 * Slows down and then refuses repeated failed sign-ins, per account name and per client address;
 * only the failures of the last few minutes (a runtime setting, as are the lock and the limits,
 * read at each attempt) count. The name is throttled whether or not an account has it, so the
 * answer reveals nothing.
 */
@ApplicationScoped
public class SignInGuard {

  /** Failures of one name after which each next attempt waits a little longer. */
  private static final int SLOW_AFTER = 3;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject RuntimeSettings settings;

  private Policy perAccount() {
    return new Policy(
        SLOW_AFTER, settings.number(RuntimeSetting.SIGN_IN_ACCOUNT_LIMIT), lock(), window());
  }

  private Policy perAddress() {
    return new Policy(
        Integer.MAX_VALUE, settings.number(RuntimeSetting.SIGN_IN_ADDRESS_LIMIT), lock(), window());
  }

  private Duration lock() {
    return settings.duration(RuntimeSetting.SIGN_IN_LOCK);
  }

  private Duration window() {
    return settings.duration(RuntimeSetting.SIGN_IN_WINDOW);
  }

  /** When the next sign-in for this name from this address may be tried, if not now. */
  public Optional<Instant> refusedUntil(String identifier, String address) {
    Instant now = clock.instant();
    Policy perAccount = perAccount();
    Policy perAddress = perAddress();
    return Stream.concat(
            throttle(accountKey(identifier)).flatMap(t -> t.refusedUntil(now, perAccount)).stream(),
            throttle(addressKey(address)).flatMap(t -> t.refusedUntil(now, perAddress)).stream())
        .max(Instant::compareTo);
  }

  /** Records a failed sign-in; answers whether it locked the name or the address. */
  public boolean recordFailure(String identifier, String address) {
    Instant now = clock.instant();
    boolean nameLocked = lockedOrNew(accountKey(identifier)).recordFailure(now, perAccount());
    boolean addressLocked = lockedOrNew(addressKey(address)).recordFailure(now, perAddress());
    return nameLocked || addressLocked;
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
