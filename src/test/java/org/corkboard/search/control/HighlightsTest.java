package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

  private static Highlights of(String typed) {
    return new Highlights(QueryText.parse(typed), false);
  }

  @Test
  void marksWordsFoundByTheirStem() {
    assertThat(of("bicycles").title("Red bicycle")).isEqualTo("Red <mark>bicycle</mark>");
    assertThat(of("Fahrräder").title("Fahrrad für Kinder"))
        .isEqualTo("<mark>Fahrrad</mark> für Kinder");
  }

  @Test
  void escapesEverythingButTheMarks() {
    assertThat(of("bike").title("<script>alert(\"bike\")</script>"))
        .isEqualTo("&lt;script&gt;alert(&quot;<mark>bike</mark>&quot;)&lt;/script&gt;");
    assertThat(of("").title("Tom & Jerry's <b>")).isEqualTo("Tom &amp; Jerry&#39;s &lt;b&gt;");
  }

  @Test
  void aSnippetShowsTheTextAroundTheFirstMatch() {
    String description =
        "Lorem ipsum dolor sit amet. ".repeat(10)
            + "A green lamp. "
            + "More text here. ".repeat(20);

    String snippet = of("lamp").snippet(description);

    assertThat(snippet).startsWith("… ").endsWith(" …").contains("A green <mark>lamp</mark>.");
    assertThat(snippet.length()).isLessThan(Highlights.SNIPPET_LENGTH + 30);
  }

  @Test
  void aSnippetMarksEveryMatchItShowsInEitherLanguage() {
    String description =
        "Lorem ipsum dolor sit amet. ".repeat(10)
            + "Ein Fahrrad und ein Kinderwagen. Das Fahrrad ist rot. "
            + "More text here. ".repeat(40)
            + "Fahrrad again, far beyond the snippet.";

    String snippet = of("Fahrräder").snippet(description);

    assertThat(snippet)
        .contains("Ein <mark>Fahrrad</mark> und")
        .contains("Das <mark>Fahrrad</mark> ist rot")
        .doesNotContain("again");
  }

  @Test
  void aSnippetWithoutMatchShowsTheBeginning() {
    assertThat(of("lamp").snippet("Short & sweet.")).isEqualTo("Short &amp; sweet.");
    assertThat(of("lamp").snippet("")).isEmpty();
  }

  @Test
  void theTypoSearchMarksWordsOneEditAway() {
    assertThat(new Highlights(QueryText.parse("bicylce"), true).title("Red bicycle"))
        .isEqualTo("Red <mark>bicycle</mark>");
  }

  @Test
  void oneEditIsAnInsertionDeletionChangeOrSwap() {
    assertThat(Typos.withinOneEdit("bicycl", "bicylc")).isTrue();
    assertThat(Typos.withinOneEdit("bicycl", "bicycle")).isTrue();
    assertThat(Typos.withinOneEdit("bicycl", "bicyl")).isTrue();
    assertThat(Typos.withinOneEdit("bicycl", "bicxcl")).isTrue();
    assertThat(Typos.withinOneEdit("bicycl", "bycicl")).isFalse();
    assertThat(Typos.withinOneEdit("bicycl", "picycl")).isFalse();
    assertThat(Typos.withinOneEdit("lamp", "lamps2")).isFalse();
  }
}
