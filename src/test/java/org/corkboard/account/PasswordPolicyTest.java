package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.corkboard.account.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final String USERNAME = "alice.wonderland";
  private static final String EMAIL = "alice@example.com";

  private final PasswordPolicy policy = new PasswordPolicy();

  private Optional<String> problemWith(String password) {
    return policy.problemWith(password, USERNAME, EMAIL);
  }

  /** A password of {@code length} characters that is in no list and is nobody's name. */
  private static String passwordOfLength(int length) {
    return "correct horse battery staple ".repeat(10).substring(0, length);
  }

  /** Refused, with a message that reads as a sentence for the person choosing the password. */
  private static void assertRefusedWithSentence(Optional<String> problem) {
    assertThat(problem).isPresent();
    assertThat(problem.get()).matches("[A-Z].*\\.").doesNotContain("null", "Exception");
  }

  @Test
  void refusesPasswordsShorterThanTwelveCharacters() {
    Optional<String> problem = problemWith(passwordOfLength(11));

    assertRefusedWithSentence(problem);
    assertThat(problem.get()).contains("at least 12 characters");
  }

  @Test
  void acceptsPasswordsOfTwelveCharacters() {
    assertThat(problemWith(passwordOfLength(12))).isEmpty();
  }

  @Test
  void acceptsPasswordsOfUpToOneHundredTwentyEightCharacters() {
    assertThat(problemWith(passwordOfLength(64))).isEmpty();
    assertThat(problemWith(passwordOfLength(128))).isEmpty();
  }

  @Test
  void refusesPasswordsLongerThanOneHundredTwentyEightCharacters() {
    Optional<String> problem = problemWith(passwordOfLength(129));

    assertRefusedWithSentence(problem);
    assertThat(problem.get()).contains("at most 128 characters");
  }

  @Test
  void refusesEmptyOrMissingPasswords() {
    assertRefusedWithSentence(problemWith(""));
    assertRefusedWithSentence(problemWith(null));
  }

  @Test
  void countsCharactersAsCodePointsNotUtf16Units() {
    String emoji = "\uD83D\uDD11"; // 🔑, two UTF-16 units, one code point
    String sixEmoji = emoji.repeat(6); // 12 UTF-16 units but only 6 characters
    String twelveEmoji = emoji.repeat(12);
    String hundredTwentyEightEmoji = emoji.repeat(128); // 256 UTF-16 units
    String hundredTwentyNineEmoji = emoji.repeat(129);

    assertThat(problemWith(sixEmoji)).isPresent();
    assertThat(problemWith(twelveEmoji)).isEmpty();
    assertThat(problemWith(hundredTwentyEightEmoji)).isEmpty();
    assertThat(problemWith(hundredTwentyNineEmoji)).isPresent();
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCase() {
    // "qwerty123456" and "leavemealone" are in common-passwords.txt and are 12 characters long.
    for (String common : new String[] {"qwerty123456", "QWERTY123456", "LeaveMeAlone"}) {
      Optional<String> problem = problemWith(common);

      assertRefusedWithSentence(problem);
      assertThat(problem.get()).contains("most commonly used");
    }
  }

  @Test
  void refusesTheUsernameAsPassword() {
    Optional<String> problem = policy.problemWith("Alice.Wonderland", "alice.wonderland", EMAIL);

    assertRefusedWithSentence(problem);
    assertThat(problem.get()).contains("username or e-mail");
  }

  @Test
  void refusesTheEmailAddressAsPassword() {
    Optional<String> problem =
        policy.problemWith("ALICE@example.com", USERNAME, " Alice@Example.com ");

    assertRefusedWithSentence(problem);
    assertThat(problem.get()).contains("username or e-mail");
  }

  @Test
  void acceptsPasswordsWithoutAnyCompositionRules() {
    assertThat(problemWith("my cat sleeps on the warm windowsill")).isEmpty();
    assertThat(problemWith("abcdefghijklmnopqrstuvwxyz")).isEmpty();
  }

  @Test
  void acceptsAPasswordWhenUsernameAndEmailAreUnknown() {
    assertThat(policy.problemWith(passwordOfLength(20), null, null)).isEmpty();
  }
}
