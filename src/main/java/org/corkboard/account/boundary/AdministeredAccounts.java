package org.corkboard.account.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.Refused;

/**
 * The rules every administrator's change to someone's account follows, for the services that make
 * them (here and in other features, such as moderation's suspension): the change is refused if the
 * account changed since the administrator's page read it; nobody locks, suspends or deactivates
 * themselves; the last administrator who may sign in is never locked out nor loses the role; and
 * the change is recorded in the audit log, in its transaction.
 */
@Dependent
public class AdministeredAccounts {

  public static final int MAX_REASON = 1000;

  static final String STALE =
      "This account was changed in the meantime. Reload the page to see the changes, then try"
          + " again.";

  @Inject AccountRepository accounts;
  @Inject CurrentAccount current;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  /**
   * The account to change, if it is as the administrator saw it ({@code version}). Takes the
   * administrators' locks first (see {@link AccountRepository#lockAdministrators}).
   */
  public Account toChange(long accountId, long version) {
    accounts.lockAdministrators();
    Account account = accounts.requireForChange(accountId);
    if (account.getVersion() != version) {
      throw new Refused(STALE);
    }
    return account;
  }

  /**
   * The account to lock, suspend or deactivate ({@code what}): not one's own, not the last admin.
   */
  public Account toRestrict(long accountId, long version, String what) {
    Account account = toChange(accountId, version);
    if (account.equals(current.account())) {
      throw new Refused("You cannot " + what + " your own account.");
    }
    requireAnotherAdministrator(account, what);
    return account;
  }

  /**
   * Refuses to {@code what} the account if it is the last administrator's who may sign in. Call
   * after {@link #toChange}, which holds the administrators' locks.
   */
  public void requireAnotherAdministrator(Account account, String what) {
    if (!account.hasRole(Role.ADMIN)) {
      return;
    }
    boolean another = leavesAnother(accounts.lockAdministrators(), account, clock.instant());
    if (!another) {
      throw new Refused(
          "You cannot "
              + what
              + " the last administrator: make someone else an administrator first.");
    }
  }

  /**
   * Whether an administrator other than {@code account} may sign in at that moment (not locked,
   * deactivated or suspended): someone must be left to run the board.
   */
  static boolean leavesAnother(Collection<Account> administrators, Account account, Instant now) {
    return administrators.stream()
        .anyMatch(admin -> admin != account && !admin.equals(account) && admin.maySignInAt(now));
  }

  /** Records the change, made by the caller, in the audit log. */
  public void record(AuditEvent event) {
    Account me = current.account();
    auditLog.record(new Actor(me.getId(), me.getUsername()), event);
  }

  /** A reason the administrator must give: it is kept in the audit log. */
  public static String requiredReason(String reason) {
    String kept = optionalReason(reason);
    if (kept == null) {
      throw new Refused("reason", "Give a reason: it is kept in the audit log.");
    }
    return kept;
  }

  /** A reason the administrator may give, or null. */
  public static String optionalReason(String reason) {
    String kept = reason == null || reason.isBlank() ? null : reason.strip();
    if (kept != null && kept.length() > MAX_REASON) {
      throw new Refused("reason", "Keep the reason to " + MAX_REASON + " characters.");
    }
    return kept;
  }
}
