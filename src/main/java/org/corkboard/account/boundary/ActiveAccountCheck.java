package org.corkboard.account.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Forbidden;

/**
 * Refuses the calls of a person whose account was restricted after they signed in. Their sessions
 * end with the restriction, and the next request of such a session is signed out; this check holds
 * for a request already under way, and for a caller that no session filter sees. The account is
 * read afresh, not from the request's snapshot: the restriction may be newer than the request.
 */
@ActiveAccountsOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ActiveAccountCheck {

  @Inject SecurityContext security;
  @Inject AccountRepository accounts;
  @Inject Clock clock;

  @AroundInvoke
  Object refuseRestricted(InvocationContext call) throws Exception {
    Principal caller = security.getCallerPrincipal();
    if (caller != null) {
      accounts.findByUsername(caller.getName()).ifPresent(this::refuseIfRestricted);
    }
    return call.proceed();
  }

  private void refuseIfRestricted(Account account) {
    switch (account.stateAt(clock.instant())) {
      case SUSPENDED ->
          throw new Forbidden(
              "Your account is suspended until " + CurrentAccount.day(account) + ".");
      case LOCKED -> throw new Forbidden("Your account is locked.");
      case DEACTIVATED -> throw new Forbidden("Your account is deactivated.");
      default -> {}
    }
  }
}
