package org.corkboard.account.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.control.RequestAccount;
import org.corkboard.account.control.Secrets;
import org.corkboard.account.control.SignInGuard;
import org.corkboard.account.control.SuspendedSignIn;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.RememberMeLogin;

/**
 * Checks sign-ins: passwords (throttled per name and per address), "remember me" logins, and
 * whether a session is still valid. Used by the login mechanism before anyone is signed in.
 */
@Stateless
@PermitAll
public class SignIn {

  static final Duration REMEMBER_FOR = Duration.ofDays(30);

  /** Metrics: wrong passwords, and the failures that locked a name or an address for a while. */
  static final String FAILURES = "corkboard.sign_in.failures";

  static final String LOCKOUTS = "corkboard.sign_in.lockouts";

  private static final int MAX_IDENTIFIER = 254;

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject SignInGuard guard;
  @Inject RequestAccount requestAccount;
  @Inject SuspendedSignIn suspended;
  @Inject Clock clock;
  @Inject MeterRegistry registry;
  @PersistenceContext EntityManager em;

  /** Who is signing in, as the login mechanism needs it. */
  public record Caller(String username, Set<String> roles) {}

  public Optional<Caller> withPassword(String identifier, String password, String clientAddress) {
    if (identifier == null
        || identifier.isBlank()
        || identifier.length() > MAX_IDENTIFIER
        || password == null) {
      return Optional.empty();
    }
    if (guard.refusedUntil(identifier, clientAddress).isPresent()) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findByUsernameOrEmail(identifier);
    boolean matches =
        account.isPresent()
            ? hasher.matches(password, account.get().getPasswordHash())
            : decoy(password);
    if (!matches) {
      registry.counter(FAILURES).increment();
      if (guard.recordFailure(identifier, clientAddress)) {
        registry.counter(LOCKOUTS).increment();
      }
      return Optional.empty();
    }
    guard.recordSuccess(identifier);
    if (!account.get().maySignInAt(clock.instant())) {
      suspended.refused(account.get());
      return Optional.empty();
    }
    return account.map(SignIn::caller);
  }

  /**
   * Why this request's sign-in was refused although its password was right: the account is
   * suspended until then, for that reason.
   */
  public Optional<String> suspension() {
    return suspended
        .account()
        .map(
            a ->
                "Your account is suspended until "
                    + CurrentAccount.day(a)
                    + " ("
                    + a.getSuspensionReason()
                    + "). You can sign in again after that.");
  }

  /**
   * Why this request's sign-in was refused although its password was right: the account is
   * deactivated, locked or suspended (and then until when and why).
   */
  public Optional<String> refusal() {
    return suspended
        .account()
        .flatMap(
            a ->
                switch (a.stateAt(clock.instant())) {
                  case DEACTIVATED ->
                      Optional.of(
                          "This account is deactivated. Ask an administrator if you need it again.");
                  case LOCKED ->
                      Optional.of("Your account is locked. Ask an administrator to unlock it.");
                  default -> suspension();
                });
  }

  private boolean decoy(String password) {
    hasher.matchDecoy(password);
    return false;
  }

  /** Until when sign-ins for this name from this address are refused, if they are now. */
  public Optional<Instant> refusedUntil(String identifier, String clientAddress) {
    if (identifier == null || identifier.isBlank() || identifier.length() > MAX_IDENTIFIER) {
      return Optional.empty();
    }
    return guard.refusedUntil(identifier, clientAddress);
  }

  /** Creates a "remember me" login and returns the cookie's secret. */
  public String remember(String username) {
    Account account = accounts.findByUsername(username).orElseThrow();
    String secret = Secrets.newSecret();
    em.persist(
        new RememberMeLogin(Secrets.hash(secret), account, clock.instant().plus(REMEMBER_FOR)));
    return secret;
  }

  public Optional<Caller> remembered(String secret) {
    if (secret == null || secret.length() > 100) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(RememberMeLogin.class, Secrets.hash(secret)))
        .filter(login -> login.isValid(clock.instant()))
        .filter(login -> login.getAccount().maySignInAt(clock.instant()))
        .map(login -> caller(login.getAccount()));
  }

  public void forget(String secret) {
    if (secret != null && secret.length() <= 100) {
      Optional.ofNullable(em.find(RememberMeLogin.class, Secrets.hash(secret)))
          .ifPresent(em::remove);
    }
  }

  /**
   * The signed-in account's session epoch: a session signed in under an older epoch has been ended.
   * Read once per request, together with the account that the request's services use.
   */
  public Optional<Integer> sessionEpoch(String username) {
    return requestAccount.of(username).map(Account::getSessionEpoch);
  }

  /** Whether an administrator asked the signed-in person to choose a new password first. */
  public boolean mustChangePassword(String username) {
    return requestAccount.of(username).map(Account::isPasswordChangeRequired).orElse(false);
  }

  private static Caller caller(Account account) {
    return new Caller(
        account.getUsername(),
        account.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
  }
}
