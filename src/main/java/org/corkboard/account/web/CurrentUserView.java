package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;

/** Who is looking at the page, for the header's user menu and for pages that greet them. */
@Named("me")
@RequestScoped
public class CurrentUserView {

  @Inject SecurityContext security;
  @Inject AccountSettings settings;

  private Account account;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null && security.isCallerInRole(Role.USER_NAME);
  }

  public Account getAccount() {
    if (account == null && isSignedIn()) {
      account = settings.mine();
    }
    return account;
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN_NAME);
  }

  public boolean isModerator() {
    return security.isCallerInRole(Role.MODERATOR_NAME);
  }

  public boolean isUnverified() {
    return isSignedIn() && !getAccount().isEmailVerified();
  }
}
