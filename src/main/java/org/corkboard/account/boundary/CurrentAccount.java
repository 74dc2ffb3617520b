package org.corkboard.account.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.RequestAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;

/**
 * The caller of a service, as an account, and the checks every service makes about them. For use
 * inside boundary services, where the caller's identity is the container's.
 */
@Dependent
public class CurrentAccount {

  @Inject SecurityContext context;
  @Inject AccountRepository accounts;
  @Inject RequestAccount requestAccount;
  @Inject Clock clock;

  public boolean isSignedIn() {
    Principal caller = context.getCallerPrincipal();
    return caller != null && context.isCallerInRole(Role.USER_NAME);
  }

  /**
   * The caller's account as read once per request, to know who they are (and compare it with
   * owners); not to be changed. See {@link #accountToChange()}.
   */
  public Account account() {
    if (!isSignedIn()) {
      throw new Forbidden("Sign in first.");
    }
    return requestAccount
        .of(context.getCallerPrincipal().getName())
        .orElseThrow(() -> new Forbidden("Your account no longer exists."));
  }

  /** The caller's account in the current transaction: to change it or to point new rows at it. */
  public Account accountToChange() {
    return accounts.require(account().getId());
  }

  /**
   * The caller's account to change, if its e-mail address is confirmed: what posting and writing to
   * colleagues require. A suspended person (whose session began before the suspension) may not.
   */
  public Account confirmedAccountToChange() {
    Account account = accountToChange();
    if (!account.mayPublish()) {
      throw new Refused("Confirm your e-mail address first: open the link we sent you.");
    }
    if (account.isSuspendedAt(clock.instant())) {
      throw new Refused(
          "Your account is suspended until "
              + day(account)
              + ": you cannot post or send messages until then.");
    }
    return account;
  }

  /** The last day of the person's suspension, as people read it. */
  public static String day(Account suspended) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC)
        .format(suspended.getSuspendedUntil());
  }

  public boolean isStaff() {
    return context.isCallerInRole(Role.MODERATOR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
  }

  public boolean isAdmin() {
    return context.isCallerInRole(Role.ADMIN_NAME);
  }

  /** The account, if the caller is its owner or an administrator. */
  public Account ownOrAdministered(Account account) {
    if (!isAdmin() && !account.equals(account())) {
      throw new Forbidden("This is someone else's account.");
    }
    return account;
  }
}
