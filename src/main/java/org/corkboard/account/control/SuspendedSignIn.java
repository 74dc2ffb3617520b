package org.corkboard.account.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.corkboard.account.entity.Account;

/**
 * A sign-in of this request with the right password, refused because the account is suspended. The
 * login mechanism only says "failed"; the sign-in page reads here why, and tells the person until
 * when. Only the right password learns of a suspension.
 */
@RequestScoped
public class SuspendedSignIn {

  private Account account;

  public void refused(Account suspended) {
    this.account = suspended;
  }

  public Optional<Account> account() {
    return Optional.ofNullable(account);
  }
}
