package org.corkboard.account.boundary;

import static org.corkboard.account.boundary.AdministeredAccounts.optionalReason;
import static org.corkboard.account.boundary.AdministeredAccounts.requiredReason;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountDeactivated;
import org.corkboard.account.entity.AccountReactivated;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * Administrators lock and unlock accounts (a locked account cannot sign in), and deactivate and
 * reactivate them (a deactivated one cannot sign in either, and its listings are hidden, not
 * deleted). Locking and deactivating end the person's sessions and "remember me" logins. Nobody
 * does this to themselves or to the last administrator; each change is audited with its reason.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class AccountRestrictions {

  public static final String LOCKED = "account.lock";
  public static final String UNLOCKED = "account.unlock";
  public static final String DEACTIVATED = "account.deactivate";
  public static final String REACTIVATED = "account.reactivate";

  @Inject AdministeredAccounts administered;
  @Inject AccountRepository accounts;
  @Inject Event<AccountDeactivated> deactivations;
  @Inject Event<AccountReactivated> reactivations;
  @Inject Clock clock;
  @Inject MeterRegistry registry;

  public void lock(long accountId, long version, String reason) {
    String kept = requiredReason(reason);
    Account account = administered.toRestrict(accountId, version, "lock");
    account.lock(clock.instant());
    registry.counter("corkboard.accounts.locked").increment();
    accounts.forgetRememberedLogins(account);
    administered.record(event(LOCKED, accountId, "active", "locked", kept));
  }

  public void unlock(long accountId, long version, String reason) {
    String kept = optionalReason(reason);
    administered.toChange(accountId, version).unlock();
    administered.record(event(UNLOCKED, accountId, "locked", "active", kept));
  }

  /** The person cannot sign in, and their active listings are hidden until they are reactivated. */
  public void deactivate(long accountId, long version, String reason) {
    String kept = requiredReason(reason);
    Account account = administered.toRestrict(accountId, version, "deactivate");
    Instant now = clock.instant();
    account.deactivate(now);
    accounts.forgetRememberedLogins(account);
    deactivations.fire(new AccountDeactivated(account, now));
    administered.record(event(DEACTIVATED, accountId, "active", "deactivated", kept));
  }

  /** The person may sign in again, and the listings deactivation hid come back. */
  public void reactivate(long accountId, long version, String reason) {
    String kept = optionalReason(reason);
    Account account = administered.toChange(accountId, version);
    account.reactivate();
    reactivations.fire(new AccountReactivated(account, clock.instant()));
    administered.record(event(REACTIVATED, accountId, "deactivated", "active", kept));
  }

  private static AuditEvent event(
      String action, long accountId, String before, String after, String reason) {
    return AuditEvent.of(action, "account", accountId).change(before, after).because(reason);
  }
}
