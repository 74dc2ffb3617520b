package org.corkboard.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An index in a test's temporary folder, filled and searchable at once. */
final class TestIndex implements AutoCloseable {

  final ListingIndex index;
  final ListingSearch search;

  private TestIndex(ListingIndex index) {
    this.index = index;
    this.search = new ListingSearch(index);
  }

  static TestIndex with(Path folder, List<IndexedListing> listings) throws IOException {
    ListingIndex index = ListingIndex.open(folder);
    index.rebuild(listings.stream(), 1);
    return new TestIndex(index);
  }

  SearchResults search(Map<String, String> parameters) {
    return search(SearchRequest.parse(parameters, TestListings.NOW));
  }

  SearchResults search(String text) {
    return search(Map.of(SearchParameters.TEXT, text));
  }

  SearchResults search(SearchRequest request) {
    try {
      return search.search(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of the hits, in their order. */
  List<Long> ids(Map<String, String> parameters) {
    return search(parameters).hits().stream().map(SearchResults.Hit::id).toList();
  }

  List<Long> ids(String text) {
    return ids(Map.of(SearchParameters.TEXT, text));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
