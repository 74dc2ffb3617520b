package org.corkboard.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.search.control.SearchResults.FacetCount;

/**
 * The facet counts of searches without words, by their filters. Such searches are the most common
 * (the search page of a category, a price band, a type) and counting them reads every listing that
 * matches, up to the whole index; their counts change slowly, so they are counted once and then
 * refreshed in the background ({@link ListingSearch#refreshWordlessFacets}), never again inside a
 * request. The least recently asked filters are forgotten first.
 */
final class WordlessFacets {

  /** Counts older than this are counted again by the next background refresh. */
  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  private static final int MAX_ENTRIES = 2_000;

  /** What was counted for a set of filters: the matches and the facets. */
  record Counted(long total, Map<String, List<FacetCount>> facets, Instant countedAt) {}

  private final Map<ListingFilters, Counted> counted =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ListingFilters, Counted> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  synchronized Counted get(ListingFilters filters) {
    return counted.get(filters);
  }

  synchronized void put(ListingFilters filters, Counted counts) {
    counted.put(filters, counts);
  }

  /** The filters whose counts were made before this moment, most recently asked first. */
  synchronized List<ListingFilters> countedBefore(Instant moment) {
    List<ListingFilters> stale = new ArrayList<>();
    counted.forEach(
        (filters, counts) -> {
          if (counts.countedAt().isBefore(moment)) {
            stale.add(0, filters);
          }
        });
    return stale;
  }
}
