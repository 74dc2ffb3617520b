package org.corkboard.account.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.corkboard.account.entity.Account;
import org.corkboard.audit.entity.Actor;

/**
 * The caller of a service as the audit log names them. Features below the account feature (sites,
 * which accounts belong to) record their changes with it without knowing accounts: they inject a
 * {@code Provider<Actor>} and ask it inside the call, when the caller is known.
 */
@Dependent
public class CallerActor {

  @Inject CurrentAccount current;

  @Produces
  Actor caller() {
    Account me = current.account();
    return new Actor(me.getId(), me.getUsername());
  }
}
