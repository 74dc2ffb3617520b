package org.corkboard.search.control;

import static org.corkboard.search.control.ListingDocuments.POSTED_WITHIN;
import static org.corkboard.search.control.ListingDocuments.PRICE_BAND;
import static org.corkboard.search.control.ListingDocuments.TERM_DIMENSIONS;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.corkboard.search.control.SearchResults.FacetCount;

/**
 * Runs a search and counts its facets with Lucene's drill sideways: the counts of a facet take
 * every filter into account except that facet's own, so choosing "Bikes" still shows how many
 * listings the other categories have. Categories, types, sites and conditions are counted from
 * sorted-set doc values (the facet module, no taxonomy index to keep in step); price bands and
 * "posted within" are ranges over the numeric doc values that sorting uses anyway.
 */
final class ListingFacets extends DrillSideways {

  /** The "posted within" choices, in days. */
  static final List<Integer> POSTED_DAYS = List.of(1, 7, 30);

  private final Instant now;

  ListingFacets(ListingSearcher searcher, Instant now) {
    super(searcher, ListingDocuments.FACETS, searcher.facetState());
    this.now = now;
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
      throws IOException {
    Map<String, FacetsCollector> sideways = new HashMap<>();
    // Without filters on facets there is nothing sideways: both arrays are null.
    for (int i = 0; drillSidewaysDims != null && i < drillSidewaysDims.length; i++) {
      sideways.put(drillSidewaysDims[i], drillSideways[i]);
    }
    Facets allFilters = new SortedSetDocValuesFacetCounts(state, drillDowns);
    Map<String, Facets> facets = new HashMap<>();
    for (String dimension : TERM_DIMENSIONS) {
      FacetsCollector own = sideways.get(dimension);
      facets.put(
          dimension, own == null ? allFilters : new SortedSetDocValuesFacetCounts(state, own));
    }
    // Range facets answer under the name of their field.
    facets.put(
        ListingDocuments.PRICE,
        new LongRangeFacetCounts(
            ListingDocuments.PRICE,
            sideways.getOrDefault(PRICE_BAND, drillDowns),
            PriceBand.ranges()));
    facets.put(
        ListingDocuments.PUBLISHED,
        new LongRangeFacetCounts(
            ListingDocuments.PUBLISHED,
            sideways.getOrDefault(POSTED_WITHIN, drillDowns),
            postedRanges()));
    return new MultiFacets(facets);
  }

  /** The counts of each facet, values without listings left out. */
  Map<String, List<FacetCount>> counts(Facets facets) throws IOException {
    Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
    for (String dimension : TERM_DIMENSIONS) {
      // A dimension no listing has a value for is unknown to the ordinals.
      List<FacetCount> values =
          state.getOrdRange(dimension) == null
              ? List.of()
              : values(facets.getAllChildren(dimension));
      counts.put(
          dimension,
          values.stream().sorted(Comparator.comparingLong(FacetCount::count).reversed()).toList());
    }
    counts.put(PRICE_BAND, values(facets.getAllChildren(ListingDocuments.PRICE)));
    counts.put(POSTED_WITHIN, values(facets.getAllChildren(ListingDocuments.PUBLISHED)));
    return counts;
  }

  private LongRange[] postedRanges() {
    return POSTED_DAYS.stream()
        .map(
            days ->
                new LongRange(
                    Integer.toString(days),
                    now.minus(Duration.ofDays(days)).toEpochMilli(),
                    true,
                    Long.MAX_VALUE,
                    true))
        .toArray(LongRange[]::new);
  }

  private static List<FacetCount> values(FacetResult result) {
    if (result == null) {
      return List.of();
    }
    return Arrays.stream(result.labelValues)
        .filter(value -> value.value.longValue() > 0)
        .map(value -> new FacetCount(value.label, value.value.longValue()))
        .toList();
  }
}
