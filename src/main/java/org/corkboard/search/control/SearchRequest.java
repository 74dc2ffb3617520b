package org.corkboard.search.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search as the result page asks for it. {@link #parse} takes the GET parameters as they come and
 * never refuses them: what it cannot use it leaves out or corrects, and says so in {@link #notes}.
 *
 * @param sort the order asked for, or null for the default: relevance with words, else newest
 * @param page the page, from 1 to {@value #MAX_PAGE}
 * @param now the time that "posted within" counts back from
 */
public record SearchRequest(
    QueryText text,
    ListingFilters filters,
    SearchSort sort,
    int page,
    int size,
    Instant now,
    List<String> notes) {

  public static final int MAX_PAGE = 100;
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 50;

  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(now, "now");
    page = Math.max(1, Math.min(page, MAX_PAGE));
    size = Math.max(1, Math.min(size, MAX_SIZE));
    notes = List.copyOf(notes);
  }

  /** The request for a typed text, without filters: the first page in the default order. */
  public static SearchRequest of(String typed, Instant now) {
    return new SearchRequest(
        QueryText.parse(typed), ListingFilters.NONE, null, 1, DEFAULT_SIZE, now, List.of());
  }

  /** The request of the GET parameters named in {@link SearchParameters}, near towns only. */
  public static SearchRequest parse(Map<String, String> parameters, Instant now) {
    return parse(parameters, now, PlaceFinder.towns());
  }

  /** The request of the GET parameters named in {@link SearchParameters}. */
  public static SearchRequest parse(
      Map<String, String> parameters, Instant now, PlaceFinder places) {
    return new SearchParameters(parameters, places).request(now);
  }
}
