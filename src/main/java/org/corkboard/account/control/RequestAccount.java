package org.corkboard.account.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.corkboard.account.entity.Account;

/**
 * The signed-in person's account, read at most once per request: the session check, the page header
 * and every service the request calls share that one read. It is a snapshot for knowing who the
 * caller is; outside the transaction that read it, it is detached, so whoever changes the account
 * or points a new row at it reads it again in their own transaction.
 */
@RequestScoped
public class RequestAccount {

  @Inject AccountRepository accounts;

  private String username;
  private Optional<Account> account;

  /** The account of this name (the caller's), as first read in this request. */
  public Optional<Account> of(String username) {
    if (account == null || !Objects.equals(this.username, username)) {
      account = accounts.findByUsername(username);
      this.username = username;
    }
    return account;
  }
}
