package org.corkboard.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.junit.jupiter.api.Test;

/** Someone must be left to run the board: another administrator who may sign in now. */
class LastAdministratorTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static Account admin(String name) {
    Account account = new Account(name, name + "@test.example", name, "hash", NOW);
    account.grant(Role.ADMIN);
    return account;
  }

  @Test
  void theOnlyAdministratorIsTheLast() {
    Account only = admin("only");
    assertThat(AdministeredAccounts.leavesAnother(List.of(only), only, NOW)).isFalse();
  }

  @Test
  void anotherAdministratorWhoMaySignInIsLeft() {
    Account one = admin("one");
    assertThat(AdministeredAccounts.leavesAnother(List.of(one, admin("two")), one, NOW)).isTrue();
  }

  @Test
  void lockedDeactivatedAndSuspendedAdministratorsDoNotCount() {
    Account one = admin("one");
    Account locked = admin("locked");
    locked.lock(NOW);
    Account deactivated = admin("deactivated");
    deactivated.deactivate(NOW);
    Account suspended = admin("suspended");
    suspended.suspend(NOW.plus(Duration.ofDays(2)), "Spam");

    assertThat(
            AdministeredAccounts.leavesAnother(
                List.of(one, locked, deactivated, suspended), one, NOW))
        .isFalse();
    assertThat(
            AdministeredAccounts.leavesAnother(
                List.of(one, suspended), one, NOW.plus(Duration.ofDays(3))))
        .isTrue();
  }
}
