package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches that only read share one index of the test listings. */
class ListingSearchTest extends SearchesOverTestListings {

  @Test
  void englishPluralsFindTheSingular() {
    assertThat(index.ids("bicycles")).containsExactlyInAnyOrder(1L, 3L);
    assertThat(index.ids("laptops")).containsExactly(4L);
  }

  @Test
  void germanPluralsFindTheSingularAlsoWrittenWithoutUmlauts() {
    assertThat(index.ids("Fahrräder")).containsExactly(2L);
    assertThat(index.ids("fahrraeder")).containsExactly(2L);
  }

  @Test
  void aWordInTheTitleRanksAboveTheSameWordInTheDescription() {
    // The mountain bike is newer and only mentions a bicycle in its description.
    assertThat(index.ids("bicycle")).containsExactly(1L, 3L);
  }

  @Test
  void everyWordMustMatch() {
    assertThat(index.ids("bicycle helmet")).containsExactly(3L);
  }

  @Test
  void categoryNamesAreSearchable() {
    assertThat(index.ids("electronics")).containsExactly(4L);
  }

  @Test
  void oneTypoStillFindsTheWordAndProposesTheRightSpelling() {
    SearchResults results = index.search("bicylce");

    assertThat(results.hits()).extracting(SearchResults.Hit::id).containsExactly(1L, 3L);
    assertThat(results.didYouMean()).isEqualTo("bicycle");
    assertThat(results.notes()).anyMatch(note -> note.contains("similar words"));
    assertThat(results.hits().get(0).titleHtml())
        .isEqualTo("Red <mark>bicycle</mark> for commuting");
  }

  @Test
  void aCorrectWordWithFewHitsIsNotCorrected() {
    SearchResults results = index.search("bicycles");

    assertThat(results.didYouMean()).isNull();
    assertThat(results.notes()).isEmpty();
  }

  @Test
  void aTypoBesideAKnownWordIsToleratedInThatWordOnly() {
    assertThat(index.ids("bicylce helmet")).containsExactly(3L);
  }

  @Test
  void knownWordsThatNeverMeetAreNotTakenForTypos(@TempDir Path own) throws IOException {
    IndexedListing sofa = TestListings.listing(7, "Blue sofa", "Two seats").build();
    IndexedListing chair = TestListings.listing(8, "Soft chair", "Office chair").build();
    SearchResults results;
    try (TestIndex index = TestIndex.with(own, List.of(sofa, chair))) {
      results = index.search("sofa chair");
    }

    // "soft" is one letter from "sofa", but both words are on the board as typed.
    assertThat(results.hits()).isEmpty();
    assertThat(results.didYouMean()).isNull();
    assertThat(results.notes()).isEmpty();
  }

  @Test
  void twoTyposInAWordFindNothing() {
    assertThat(index.ids("bycilce")).isEmpty();
  }

  @Test
  void aQuotedPhraseMustMatchInOrder() {
    assertThat(index.ids("\"city bicycle\"")).containsExactly(1L);
    assertThat(index.ids("\"bicycle city\"")).isEmpty();
  }

  @Test
  void aMinusExcludesAWordOrPhrase() {
    assertThat(index.ids("bicycle -helmet")).containsExactly(1L);
    assertThat(index.ids("bicycle -\"new chain\"")).containsExactly(3L);
    assertThat(index.ids("-bikes")).containsExactlyInAnyOrder(4L, 5L, 6L);
  }

  @Test
  void hitsCarryTheMarkedTitleAndASnippetOfTheDescription() {
    SearchResults.Hit hit = index.search("sofa").hits().get(0);

    assertThat(hit.titleHtml()).isEqualTo("Free <mark>sofa</mark>");
    assertThat(hit.snippetHtml()).isEqualTo("Comfortable grey <mark>sofa</mark>, pick up only.");
    assertThat(hit.distanceKm()).isNull();
  }

  @Test
  void titlesAreEscapedAroundTheMarks(@TempDir Path own) throws IOException {
    IndexedListing script =
        TestListings.listing(7, "<script>alert('x')</script> & bicycle", "\"quoted\" <b>").build();
    SearchResults.Hit hit;
    try (TestIndex index = TestIndex.with(own, List.of(script))) {
      hit = index.search("bicycle").hits().get(0);
    }

    assertThat(hit.titleHtml())
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>bicycle</mark>");
    assertThat(hit.snippetHtml()).isEqualTo("&quot;quoted&quot; &lt;b&gt;");
  }

  @Test
  void withoutWordsTheNewestComeFirst() {
    SearchResults results = index.search(Map.of());

    assertThat(results.sort()).isEqualTo(SearchSort.NEWEST);
    assertThat(results.total()).isEqualTo(6);
    assertThat(results.hits())
        .extracting(SearchResults.Hit::id)
        .containsExactly(3L, 1L, 5L, 2L, 6L, 4L);
  }

  @Test
  void withWordsTheDefaultOrderIsRelevance() {
    assertThat(index.search("bike").sort()).isEqualTo(SearchSort.RELEVANCE);
  }

  @Test
  void userInputNeverBreaksTheSearch() {
    List<String> inputs =
        List.of(
            "",
            "\"",
            "\"\"\"",
            "\"red bicycle",
            "*",
            "-",
            "--",
            "-\"",
            "- - -",
            "the",
            "the and of",
            "der die das",
            "a".repeat(10_000),
            "bicycle ".repeat(2_000),
            "\u0000\u0007bicycle\u001b\u007f",
            "title:bike AND (",
            "bike~2 OR [a TO z] ^3 \\",
            "?",
            "🚲".repeat(150),
            "x".repeat(199) + "🚲",
            "\uD83D",
            "<script>alert(1)</script>");
    for (String input : inputs) {
      assertThatCode(() -> index.search(input)).as(input).doesNotThrowAnyException();
    }
    assertThat(index.search("\"red bicycle").hits()).extracting(SearchResults.Hit::id).contains(1L);
    assertThat(index.search("the").notes())
        .containsExactly(
            "The search text has only very common words or signs; showing all listings.");
    assertThat(index.search("a".repeat(10_000)).notes())
        .contains("Only the beginning of the long search text was used.");
  }

  @Test
  void anEmptyIndexAnswersWithNothing(@TempDir Path empty) throws IOException {
    try (TestIndex none = TestIndex.with(empty, List.of())) {
      SearchResults results = none.search("bicycle");

      assertThat(results.hits()).isEmpty();
      assertThat(results.total()).isZero();
    }
  }
}
