package org.corkboard.wordlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corkboard.platform.Refused;
import org.corkboard.wordlist.entity.WordKind;
import org.corkboard.wordlist.entity.WordRule;
import org.junit.jupiter.api.Test;

class WordRuleTest {

  @Test
  void aWordIsFoundWholeInAnyCase() {
    WordRule gun = WordRule.of(WordKind.WORD, " Gun ");
    assertThat(gun.text()).isEqualTo("Gun");
    assertThat(gun.findIn("Toy GUN, barely used")).contains("GUN");
    assertThat(gun.findIn("gun")).contains("gun");
    assertThat(gun.findIn("It has begun")).isEmpty();
    assertThat(gun.findIn("guns")).isEmpty();
    assertThat(gun.findIn("gun_metal")).isEmpty();
  }

  @Test
  void aWordIsTakenLiterallyAndMayBeAPhrase() {
    assertThat(WordRule.of(WordKind.WORD, "a.b").findIn("axb")).isEmpty();
    assertThat(WordRule.of(WordKind.WORD, "a.b").findIn("see a.b here")).contains("a.b");
    assertThat(WordRule.of(WordKind.WORD, "fast cash").findIn("Fast Cash now"))
        .contains("Fast Cash");
    assertThat(WordRule.of(WordKind.WORD, "Ärger").findIn("kein ärger")).contains("ärger");
  }

  @Test
  void aPatternIsARegularExpressionInAnyCase() {
    WordRule replica = WordRule.of(WordKind.PATTERN, "repl?ica\\s+\\w+");
    assertThat(replica.findIn("Genuine REPICA watch")).contains("REPICA watch");
    assertThat(replica.findIn("A real watch")).isEmpty();
  }

  @Test
  void badEntriesAreRefusedWithWhatIsWrong() {
    assertThatThrownBy(() -> WordRule.of(WordKind.WORD, "  "))
        .isInstanceOf(Refused.class)
        .hasMessage("Type a word or a pattern.");
    assertThatThrownBy(() -> WordRule.of(WordKind.WORD, "--"))
        .hasMessage("A word needs at least one letter or digit.");
    assertThatThrownBy(() -> WordRule.of(WordKind.PATTERN, "x".repeat(101)))
        .hasMessageStartingWith("Keep it to 100 characters");
    assertThatThrownBy(() -> WordRule.of(WordKind.PATTERN, "(unclosed"))
        .hasMessageStartingWith("This is not a regular expression: Unclosed group");
    assertThatThrownBy(() -> WordRule.of(WordKind.PATTERN, "a*"))
        .hasMessageContaining("matches an empty text");
    assertThatThrownBy(() -> WordRule.of(WordKind.PATTERN, "(.*a){20}"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("takes too long");
  }
}
