package org.corkboard.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.stream.Collectors;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.Refused;

/**
 * What only administrators may do to accounts: give and take roles, end sessions. Each change is
 * recorded in the audit log, in the same transaction.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

  public static final String ROLE_GRANTED = "account.role.grant";
  public static final String ROLE_REVOKED = "account.role.revoke";
  public static final String SESSIONS_ENDED = "account.sessions.end";

  @Inject AccountRepository accounts;
  @Inject CurrentAccount current;
  @Inject AuditLog auditLog;

  public void grant(long accountId, @NotNull Role role) {
    Account account = accounts.require(accountId);
    String before = roles(account);
    account.grant(role);
    recordRoles(ROLE_GRANTED, account, before);
  }

  public void revoke(long accountId, @NotNull Role role) {
    Account account = accounts.require(accountId);
    if (role == Role.USER) {
      throw new Refused("Every account keeps the USER role.");
    }
    if (role == Role.ADMIN && account.equals(current.account())) {
      throw new Refused("You cannot take away your own administrator role.");
    }
    String before = roles(account);
    account.revoke(role);
    account.endAllSessions();
    recordRoles(ROLE_REVOKED, account, before);
  }

  /** Signs the account out everywhere, e.g. after a lost laptop. */
  public void endSessions(long accountId) {
    Account account = accounts.require(accountId);
    account.endAllSessions();
    accounts.forgetRememberedLogins(account);
    record(AuditEvent.of(SESSIONS_ENDED, "account", account.getId()));
  }

  /** A change of roles, if there was one: granting a role someone has changes nothing. */
  private void recordRoles(String action, Account account, String before) {
    String after = roles(account);
    if (!after.equals(before)) {
      record(AuditEvent.of(action, "account", account.getId()).change(before, after));
    }
  }

  private void record(AuditEvent event) {
    Account me = current.account();
    auditLog.record(new Actor(me.getId(), me.getUsername()), event);
  }

  private static String roles(Account account) {
    return account.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
