package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountToken;
import org.corkboard.account.entity.TokenPurpose;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

  private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Duration SECOND = Duration.ofSeconds(1);

  private static AccountToken tokenFor(TokenPurpose purpose) {
    Account account = new Account("alice", "Alice@Example.com", "Alice", "hash", ISSUED);
    return new AccountToken(account, purpose, "secret-hash", "Alice@Example.com", ISSUED);
  }

  @Test
  void purposesHaveTheirDocumentedLifetimes() {
    assertThat(TokenPurpose.VERIFY_EMAIL.lifetime()).isEqualTo(Duration.ofHours(48));
    assertThat(TokenPurpose.RESET_PASSWORD.lifetime()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void isUsableUntilJustBeforeItExpires() {
    for (TokenPurpose purpose : TokenPurpose.values()) {
      AccountToken token = tokenFor(purpose);
      Instant expiry = ISSUED.plus(purpose.lifetime());

      assertThat(token.getExpiresAt()).isEqualTo(expiry);
      assertThat(token.isUsable(purpose, ISSUED)).as(purpose + " when issued").isTrue();
      assertThat(token.isUsable(purpose, expiry.minus(SECOND)))
          .as(purpose + " before expiry")
          .isTrue();
      assertThat(token.isUsable(purpose, expiry)).as(purpose + " at expiry").isFalse();
      assertThat(token.isUsable(purpose, expiry.plus(SECOND)))
          .as(purpose + " after expiry")
          .isFalse();
    }
  }

  @Test
  void aResetLinkExpiresAfterOneHourAndAVerificationLinkAfterTwoDays() {
    Instant twoHoursLater = ISSUED.plus(Duration.ofHours(2));

    assertThat(
            tokenFor(TokenPurpose.RESET_PASSWORD)
                .isUsable(TokenPurpose.RESET_PASSWORD, twoHoursLater))
        .isFalse();
    assertThat(
            tokenFor(TokenPurpose.VERIFY_EMAIL).isUsable(TokenPurpose.VERIFY_EMAIL, twoHoursLater))
        .isTrue();
  }

  @Test
  void cannotBeUsedForAnotherPurpose() {
    AccountToken verification = tokenFor(TokenPurpose.VERIFY_EMAIL);

    assertThat(verification.isUsable(TokenPurpose.RESET_PASSWORD, ISSUED.plus(SECOND))).isFalse();
  }

  @Test
  void canBeUsedOnlyOnce() {
    AccountToken token = tokenFor(TokenPurpose.RESET_PASSWORD);
    Instant usedAt = ISSUED.plus(Duration.ofMinutes(5));

    token.use(usedAt);

    assertThat(token.getUsedAt()).isEqualTo(usedAt);
    assertThat(token.isUsable(TokenPurpose.RESET_PASSWORD, usedAt.plus(SECOND))).isFalse();
    assertThatThrownBy(() -> token.use(usedAt.plus(SECOND)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void revokingVoidsAnUnusedToken() {
    AccountToken token = tokenFor(TokenPurpose.VERIFY_EMAIL);
    Instant revokedAt = ISSUED.plus(Duration.ofHours(1));

    token.revoke(revokedAt);

    assertThat(token.isUsable(TokenPurpose.VERIFY_EMAIL, revokedAt.plus(SECOND))).isFalse();
    assertThatThrownBy(() -> token.use(revokedAt.plus(SECOND)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void revokingKeepsTheTimeAnUsedTokenWasUsed() {
    AccountToken token = tokenFor(TokenPurpose.VERIFY_EMAIL);
    Instant usedAt = ISSUED.plus(Duration.ofMinutes(1));
    token.use(usedAt);

    token.revoke(usedAt.plus(Duration.ofMinutes(1)));

    assertThat(token.getUsedAt()).isEqualTo(usedAt);
  }

  @Test
  void normalizesTheEmailAddressItProves() {
    assertThat(tokenFor(TokenPurpose.VERIFY_EMAIL).getEmail()).isEqualTo("alice@example.com");
  }
}
