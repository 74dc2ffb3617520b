package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountState;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

/** Locking, deactivating and asking for a new password, and where an account stands. */
class AccountRestrictionsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static Account person() {
    Account account = new Account("pat", "pat@test.example", "Pat", "hash", NOW);
    account.confirmEmail("pat@test.example");
    return account;
  }

  @Test
  void lockingEndsTheSessionsAndRefusesSignInUntilUnlocked() {
    Account account = person();
    account.lock(NOW);
    assertThat(account.getSessionEpoch()).isEqualTo(1);
    assertThat(account.maySignInAt(NOW)).isFalse();
    assertThat(account.stateAt(NOW)).isEqualTo(AccountState.LOCKED);
    assertThatThrownBy(() -> account.lock(NOW)).isInstanceOf(Refused.class);
    account.unlock();
    assertThat(account.maySignInAt(NOW)).isTrue();
    assertThatThrownBy(account::unlock).isInstanceOf(Refused.class);
  }

  @Test
  void deactivationIsTheStrongestState() {
    Account account = person();
    account.lock(NOW);
    account.deactivate(NOW);
    assertThat(account.stateAt(NOW)).isEqualTo(AccountState.DEACTIVATED);
    assertThat(account.getSessionEpoch()).isEqualTo(2);
    account.reactivate();
    assertThat(account.stateAt(NOW)).isEqualTo(AccountState.LOCKED);
    assertThatThrownBy(account::reactivate).isInstanceOf(Refused.class);
  }

  @Test
  void aSuspensionAndAnUnconfirmedAddressShowInTheState() {
    Account account = person();
    assertThat(account.stateAt(NOW)).isEqualTo(AccountState.ACTIVE);
    account.suspend(NOW.plus(Duration.ofDays(1)), "Spam");
    assertThat(account.stateAt(NOW)).isEqualTo(AccountState.SUSPENDED);
    assertThat(new Account("new", "new@test.example", "New", "hash", NOW).stateAt(NOW))
        .isEqualTo(AccountState.UNVERIFIED);
  }

  @Test
  void aNewPasswordFulfilsTheRequestForOne() {
    Account account = person();
    account.requireNewPassword();
    assertThat(account.isPasswordChangeRequired()).isTrue();
    assertThatThrownBy(account::requireNewPassword).isInstanceOf(Refused.class);
    account.changePasswordHash("new hash");
    assertThat(account.isPasswordChangeRequired()).isFalse();
  }
}
