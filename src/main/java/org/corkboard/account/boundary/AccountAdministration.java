package org.corkboard.account.boundary;

import static org.corkboard.account.boundary.AdministeredAccounts.optionalReason;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.corkboard.account.control.AccountMails;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Refused;

/**
 * What only administrators may do to accounts: give and take roles, end sessions, ask for a new
 * password, send the verification link again. Each change is recorded in the audit log, in the same
 * transaction; the rules are {@link AdministeredAccounts}'.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

  public static final String ROLE_GRANTED = "account.role.grant";
  public static final String ROLE_REVOKED = "account.role.revoke";
  public static final String SESSIONS_ENDED = "account.sessions.end";
  public static final String NEW_PASSWORD_REQUIRED = "account.password.require-new";
  public static final String VERIFICATION_RESENT = "account.verification.resend";

  /** The roles an administrator gives and takes; every account keeps USER. */
  public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.MODERATOR, Role.ADMIN);

  @Inject AccountRepository accounts;
  @Inject CurrentAccount current;
  @Inject AdministeredAccounts administered;
  @Inject AccountMails mails;

  public void grant(long accountId, @NotNull Role role) {
    Account account = accounts.require(accountId);
    String before = roles(account);
    account.grant(role);
    recordRoles(ROLE_GRANTED, account, before, null);
  }

  public void revoke(long accountId, @NotNull Role role) {
    Account account = accounts.require(accountId);
    if (role == Role.USER) {
      throw new Refused("Every account keeps the USER role.");
    }
    String before = roles(account);
    takeAway(account, role);
    recordRoles(ROLE_REVOKED, account, before, null);
  }

  /**
   * Gives the account exactly these staff roles (of {@link #STAFF_ROLES}), if it is as the
   * administrator saw it; one entry for what was given, one for what was taken away.
   */
  public void changeRoles(
      long accountId, long version, @NotNull Set<Role> staffRoles, String reason) {
    String kept = optionalReason(reason);
    Account account = administered.toChange(accountId, version);
    String before = roles(account);
    STAFF_ROLES.stream().filter(staffRoles::contains).forEach(account::grant);
    recordRoles(ROLE_GRANTED, account, before, kept);
    String granted = roles(account);
    STAFF_ROLES.stream()
        .filter(role -> !staffRoles.contains(role) && account.hasRole(role))
        .forEach(role -> takeAway(account, role));
    recordRoles(ROLE_REVOKED, account, granted, kept);
  }

  /** Signs the account out everywhere, e.g. after a lost laptop. */
  public void endSessions(long accountId) {
    Account account = accounts.require(accountId);
    account.endAllSessions();
    accounts.forgetRememberedLogins(account);
    administered.record(AuditEvent.of(SESSIONS_ENDED, "account", account.getId()));
  }

  /** The person must choose a new password before they use Corkboard again. */
  public void requireNewPassword(long accountId, long version, String reason) {
    String kept = optionalReason(reason);
    Account account = administered.toChange(accountId, version);
    account.requireNewPassword();
    administered.record(
        AuditEvent.of(NEW_PASSWORD_REQUIRED, "account", accountId)
            .change(null, "required")
            .because(kept));
  }

  /** Sends the verification link to the address of an account that has not confirmed it yet. */
  public void resendVerification(long accountId, long version) {
    Account account = administered.toChange(accountId, version);
    if (account.isEmailVerified()) {
      throw new Refused("This person has confirmed their e-mail address already.");
    }
    mails.sendVerification(account, account.getEmail());
    administered.record(
        AuditEvent.of(VERIFICATION_RESENT, "account", accountId).change(null, account.getEmail()));
  }

  /** Takes a staff role away; the sessions end, as they carry the roles of their sign-in. */
  private void takeAway(Account account, Role role) {
    if (role == Role.ADMIN && account.equals(current.account())) {
      throw new Refused("You cannot take away your own administrator role.");
    }
    if (role == Role.ADMIN) {
      accounts.lockAdministrators();
      administered.requireAnotherAdministrator(account, "take the role away from");
    }
    account.revoke(role);
    account.endAllSessions();
  }

  /** A change of roles, if there was one: granting a role someone has changes nothing. */
  private void recordRoles(String action, Account account, String before, String reason) {
    String after = roles(account);
    if (!after.equals(before)) {
      administered.record(
          AuditEvent.of(action, "account", account.getId()).change(before, after).because(reason));
    }
  }

  static String roles(Account account) {
    return account.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
