package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void splitsWordsPhrasesAndExclusions() {
    QueryText text = QueryText.parse("red  \"city bike\" -rusty -\"needs repair\" 28");

    assertThat(text.words()).containsExactly("red", "28");
    assertThat(text.phrases()).containsExactly("city bike");
    assertThat(text.excluded()).containsExactly("rusty", "needs repair");
    assertThat(text.display()).isEqualTo("red 28 \"city bike\" -rusty -\"needs repair\"");
  }

  @Test
  void anUnbalancedQuoteIsIgnored() {
    QueryText text = QueryText.parse("\"red bike");

    assertThat(text.words()).containsExactly("red", "bike");
    assertThat(text.phrases()).isEmpty();
  }

  @Test
  void loneMinusesAndEmptyQuotesAreNothing() {
    assertThat(QueryText.parse("- -- \"\" -\"\"").isEmpty()).isFalse();
    assertThat(QueryText.parse("- \"\" -\"\"").isEmpty()).isTrue();
    assertThat(QueryText.parse(null).isEmpty()).isTrue();
  }

  @Test
  void controlCharactersSeparateWords() {
    assertThat(QueryText.parse("red\u0000bike\tlock\u001b").words())
        .containsExactly("red", "bike", "lock");
  }

  @Test
  void aLongTextIsCutAndSaysSo() {
    QueryText text = QueryText.parse("word ".repeat(2_000));

    assertThat(text.shortened()).isTrue();
    assertThat(text.words()).hasSize(QueryText.MAX_PARTS);
    assertThat(QueryText.parse("x".repeat(10_000)).words().get(0)).hasSize(QueryText.MAX_LENGTH);
    assertThat(QueryText.parse("bike lock").shortened()).isFalse();
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String word = QueryText.parse("x".repeat(199) + "🚲").words().get(0);

    assertThat(word).isEqualTo("x".repeat(199));
    assertThat(QueryText.parse("x".repeat(198) + "🚲").words())
        .isEqualTo(List.of("x".repeat(198) + "🚲"));
  }
}
