package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");

  private static Account alice() {
    return new Account("alice", "Alice@Example.com", "Alice", "hash", CREATED);
  }

  @Test
  void storesUsernameAndEmailInLowerCase() {
    Account account = new Account(" Alice ", " Alice@Example.COM ", " Alice ", "hash", CREATED);

    assertThat(account.getUsername()).isEqualTo("alice");
    assertThat(account.getEmail()).isEqualTo("alice@example.com");
    assertThat(account.getDisplayName()).isEqualTo("Alice");
    assertThat(Account.normalize("ALICE")).isEqualTo("alice");
  }

  @Test
  void aNewAccountIsAnUnverifiedUserThatMayNotPublish() {
    Account account = alice();

    assertThat(account.getRoles()).containsExactly(Role.USER);
    assertThat(account.hasRole(Role.USER)).isTrue();
    assertThat(account.hasRole(Role.MODERATOR)).isFalse();
    assertThat(account.isEmailVerified()).isFalse();
    assertThat(account.mayPublish()).isFalse();
    assertThat(account.getSessionEpoch()).isZero();
    assertThat(account.hasAvatar()).isFalse();
    assertThat(account.getCreatedAt()).isEqualTo(CREATED);
  }

  @Test
  void confirmingAnEmailAddressSetsItAndMarksItVerified() {
    Account account = alice();

    account.confirmEmail("New.Address@Example.org");

    assertThat(account.getEmail()).isEqualTo("new.address@example.org");
    assertThat(account.isEmailVerified()).isTrue();
    assertThat(account.mayPublish()).isTrue();
  }

  @Test
  void changingThePasswordEndsAllSessions() {
    Account account = alice();
    int epoch = account.getSessionEpoch();

    account.changePasswordHash("new hash");

    assertThat(account.getPasswordHash()).isEqualTo("new hash");
    assertThat(account.getSessionEpoch()).isGreaterThan(epoch);
  }

  @Test
  void everyAccountKeepsTheUserRole() {
    Account account = alice();

    assertThatThrownBy(() -> account.revoke(Role.USER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(account.hasRole(Role.USER)).isTrue();
  }

  @Test
  void otherRolesCanBeGrantedAndRevoked() {
    Account account = alice();

    account.grant(Role.MODERATOR);
    assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.USER, Role.MODERATOR);

    account.revoke(Role.MODERATOR);
    assertThat(account.getRoles()).containsExactly(Role.USER);
  }

  @Test
  void describingTurnsBlankPhoneAndBioIntoNull() {
    Account account = alice();

    account.describe(" Alice L. ", "   ", null, "\t\n");

    assertThat(account.getDisplayName()).isEqualTo("Alice L.");
    assertThat(account.getPhone()).isNull();
    assertThat(account.getBio()).isNull();
    assertThat(account.getHomeSite()).isNull();
  }

  @Test
  void describingKeepsPhoneAndBioStripped() {
    Account account = alice();

    account.describe("Alice", " +41 44 123 45 67 ", null, " Knits hats. ");

    assertThat(account.getPhone()).isEqualTo("+41 44 123 45 67");
    assertThat(account.getBio()).isEqualTo("Knits hats.");
  }
}
