package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.corkboard.account.control.PasswordHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final String PASSWORD = "correct horse battery staple";

  // Argon2id with 19 MiB is deliberately slow: share one hasher and one hash across the tests.
  private static PasswordHasher hasher;
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    hasher = new PasswordHasher();
    stored = hasher.hash(PASSWORD);
  }

  @Test
  void producesArgon2idPhcStringWithOwaspParameters() {
    assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(stored.split("\\$")).hasSize(6);
  }

  @Test
  void matchesTheRightPassword() {
    assertThat(hasher.matches(PASSWORD, stored)).isTrue();
  }

  @Test
  void rejectsAWrongPassword() {
    assertThat(hasher.matches("correct horse battery stapler", stored)).isFalse();
    assertThat(hasher.matches("Correct horse battery staple", stored)).isFalse();
    assertThat(hasher.matches("", stored)).isFalse();
  }

  @Test
  void saltsEachHashSoTheSamePasswordHashesDifferently() {
    String again = hasher.hash(PASSWORD);

    assertThat(again).isNotEqualTo(stored);
    assertThat(hasher.matches(PASSWORD, again)).isTrue();
  }

  @Test
  void returnsFalseForMalformedStoredHashesInsteadOfThrowing() {
    String[] malformed = {
      "",
      "hash",
      "not a hash at all",
      "$argon2id$",
      "$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
      "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA",
      replaceCost("m=abc,t=2,p=1"),
      replaceCost("m,t=2,p=1"),
      replaceCost("m=19456,t=0,p=1"),
      replaceCost("m=4000000,t=2,p=1"),
      replaceCost("m=19456,t=2,p=1,x=3"),
      stored.replace("$v=19$", "$v=16$"),
      stored.substring(0, stored.lastIndexOf('$') + 1) + "AA",
      stored.replace(stored.split("\\$")[4], "!!!"),
      null
    };
    for (String value : malformed) {
      assertThatCode(() -> assertThat(hasher.matches(PASSWORD, value)).as(value).isFalse())
          .doesNotThrowAnyException();
    }
  }

  private String replaceCost(String cost) {
    return stored.replace("m=19456,t=2,p=1", cost);
  }

  @Test
  void neverContainsThePassword() {
    assertThat(stored).doesNotContain(PASSWORD).doesNotContain("correct").doesNotContain("staple");
  }

  @Test
  void takesAsLongForAMissingAccountWithoutThrowing() {
    assertThatCode(() -> hasher.matchDecoy(PASSWORD)).doesNotThrowAnyException();
  }
}
