package org.corkboard.account.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.corkboard.account.entity.Account;

/**
 * A sign-in of this request with the right password, refused because the account is suspended,
 * locked or deactivated. The login mechanism only says "failed"; the sign-in page reads here why,
 * and tells the person (until when, for a suspension). Only the right password learns of it.
 */
@RequestScoped
public class SuspendedSignIn {

  private Account account;

  public void refused(Account restricted) {
    this.account = restricted;
  }

  public Optional<Account> account() {
    return Optional.ofNullable(account);
  }
}
