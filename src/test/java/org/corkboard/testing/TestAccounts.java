package org.corkboard.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;

/** Creates accounts for in-container tests, each with a name no other test uses. */
@Stateless
@PermitAll
public class TestAccounts {

  public static final String PASSWORD = "correct horse battery staple";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;

  public Account create(String name, Role... extraRoles) {
    String username = name + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
    Account account =
        new Account(
            username, username + "@test.example", name, hasher.hash(PASSWORD), Instant.now());
    account.confirmEmail(account.getEmail());
    for (Role role : extraRoles) {
      account.grant(role);
    }
    return accounts.store(account);
  }

  /** An account whose e-mail address is not confirmed yet. */
  public Account createUnverified(String name) {
    String username = name + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
    return accounts.store(
        new Account(
            username, username + "@test.example", name, hasher.hash(PASSWORD), Instant.now()));
  }

  public Account reload(long id) {
    return accounts.find(id).orElseThrow();
  }
}
