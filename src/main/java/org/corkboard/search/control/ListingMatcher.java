package org.corkboard.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;

/**
 * Answers whether one listing is found by a search, as the search page would find it: the same
 * document, the same text and filter queries, over an index of that listing alone (Lucene's {@link
 * MemoryIndex}). Made once per listing and asked for many searches, which costs microseconds each.
 * What orders or pages a result is ignored, and so is "posted within": a listing just published is
 * within any period. Words match exactly, without the page's typo fallback, which it only uses when
 * a search finds next to nothing. Not safe for concurrent use.
 */
public final class ListingMatcher {

  private final MemoryIndex index;

  private ListingMatcher(MemoryIndex index) {
    this.index = index;
  }

  public static ListingMatcher of(IndexedListing listing) {
    try {
      return new ListingMatcher(
          MemoryIndex.fromDocument(ListingDocuments.toDocument(listing), TextAnalysis.forIndex()));
    } catch (IOException e) {
      throw new UncheckedIOException("Building the document of a listing in memory failed", e);
    }
  }

  /** Whether the listing is among the results of the request. */
  public boolean matches(SearchRequest request) {
    ListingFilters asked = request.filters();
    ListingFilters filters =
        new ListingFilters(
            asked.categoryId(),
            asked.type(),
            asked.siteId(),
            asked.minPriceCents(),
            asked.maxPriceCents(),
            asked.condition(),
            asked.withPictures(),
            null,
            asked.near(),
            asked.radiusKm());
    Query query = FilterQueries.of(TextQueries.exact(request.text()), filters, request.now());
    try {
      return index.createSearcher().count(query) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Searching a listing in memory failed", e);
    }
  }
}
