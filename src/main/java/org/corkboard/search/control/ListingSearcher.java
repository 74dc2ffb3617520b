package org.corkboard.search.control;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader. Mapping the ordinals of all segments costs time
 * on a large index, so it is done once a refresh, by the thread that refreshes, and never by a
 * search.
 */
final class ListingSearcher extends IndexSearcher {

  static final SearcherFactory FACTORY =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
            throws IOException {
          return new ListingSearcher(reader);
        }
      };

  private final SortedSetDocValuesReaderState facetState;

  private ListingSearcher(IndexReader reader) throws IOException {
    super(reader);
    facetState =
        isEmpty()
            ? null
            : new DefaultSortedSetDocValuesReaderState(reader, ListingDocuments.FACETS);
  }

  boolean isEmpty() {
    return getIndexReader().maxDoc() == 0;
  }

  /** Grows with every change the reader sees (the searchers come from the writer). */
  long version() {
    return ((DirectoryReader) getIndexReader()).getVersion();
  }

  /** The facet ordinals; null when the index is empty. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }
}
