package org.corkboard.search.control;

import java.util.List;
import java.util.Map;

/**
 * One page of a result.
 *
 * @param total all listings that match, on every page
 * @param sort the order the hits are in
 * @param facets the counts per facet ("category", "type", "site", "condition", "price", "posted"),
 *     most listings first for the first four, in band order for the last two; the price values are
 *     the keys of {@link PriceBand}, the "posted" values are days
 * @param didYouMean a search text with the words that seem misspelt corrected, or null
 * @param notes what was corrected or left out of the request, for the person to read
 */
public record SearchResults(
    List<Hit> hits,
    long total,
    int page,
    int size,
    SearchSort sort,
    Map<String, List<FacetCount>> facets,
    String didYouMean,
    List<String> notes) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    notes = List.copyOf(notes);
  }

  /**
   * A listing found. Title and snippet are HTML: the matched words are wrapped in {@code <mark>}
   * and everything else is escaped, so a page may output them as they are.
   *
   * @param distanceKm the distance from the request's point, or null without point or location
   */
  public record Hit(long id, String titleHtml, String snippetHtml, Double distanceKm) {}

  /** A value of a facet and the number of listings that have it. */
  public record FacetCount(String value, long count) {}

  /** The number of pages there are to show. */
  public int pages() {
    long pages = (total + size - 1) / size;
    return (int) Math.min(pages, SearchRequest.MAX_PAGE);
  }

  /** The counts of one facet, empty when nothing was counted. */
  public List<FacetCount> facet(String name) {
    return facets.getOrDefault(name, List.of());
  }
}
