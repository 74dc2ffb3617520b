package org.corkboard.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.Refused;

/** What only administrators may do to accounts: give and take roles, end sessions. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

  @Inject AccountRepository accounts;
  @Inject CurrentAccount current;

  public void grant(long accountId, @NotNull Role role) {
    accounts.require(accountId).grant(role);
  }

  public void revoke(long accountId, @NotNull Role role) {
    Account account = accounts.require(accountId);
    if (role == Role.USER) {
      throw new Refused("Every account keeps the USER role.");
    }
    if (role == Role.ADMIN && account.equals(current.account())) {
      throw new Refused("You cannot take away your own administrator role.");
    }
    account.revoke(role);
    account.endAllSessions();
  }

  /** Signs the account out everywhere, e.g. after a lost laptop. */
  public void endSessions(long accountId) {
    Account account = accounts.require(accountId);
    account.endAllSessions();
    accounts.forgetRememberedLogins(account);
  }
}
