package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

  private static final Instant NOON = Instant.parse("2026-12-01T12:00:10Z");

  private final RecentResults<String> recent = new RecentResults<>();

  private static RecentResults.Key key(String words, int depth, Instant now) {
    return new RecentResults.Key(
        QueryText.parse(words), false, ListingFilters.NONE, SearchSort.RELEVANCE, depth, now);
  }

  @Test
  void theSameSearchOnTheSameReaderIsAnsweredFromMemory() {
    recent.put(7, key("bike", 24, NOON), "bikes");

    assertThat(recent.get(7, key("bike", 24, NOON.plusSeconds(30)))).isEqualTo("bikes");
    assertThat(recent.get(7, key("bike", 48, NOON))).as("the next page").isNull();
    assertThat(recent.get(7, key("lamp", 24, NOON))).isNull();
  }

  @Test
  void aChangedIndexForgetsEverything() {
    recent.put(7, key("bike", 24, NOON), "bikes");

    assertThat(recent.get(8, key("bike", 24, NOON))).isNull();
    recent.put(8, key("lamp", 24, NOON), "lamps");
    assertThat(recent.size()).isEqualTo(1);
    assertThat(recent.get(7, key("bike", 24, NOON))).isNull();
  }

  @Test
  void aLateResultOfAnOlderReaderIsNotKept() {
    recent.put(8, key("lamp", 24, NOON), "lamps");

    recent.put(7, key("bike", 24, NOON), "bikes of yesterday");

    assertThat(recent.get(7, key("bike", 24, NOON))).isNull();
    assertThat(recent.get(8, key("lamp", 24, NOON))).isEqualTo("lamps");
  }

  @Test
  void resultsAreKeptWithinTheirMinuteAndNotTooDeep() {
    recent.put(7, key("bike", 24, NOON), "bikes");
    recent.put(7, key("deep", RecentResults.MAX_DEPTH + 24, NOON), "page eleven");

    assertThat(recent.get(7, key("bike", 24, NOON.plusSeconds(60)))).isNull();
    assertThat(recent.get(7, key("deep", RecentResults.MAX_DEPTH + 24, NOON))).isNull();
  }
}
