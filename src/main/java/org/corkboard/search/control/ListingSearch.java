package org.corkboard.search.control;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.SloppyMath;
import org.corkboard.search.control.SearchResults.FacetCount;
import org.corkboard.search.control.SearchResults.Hit;

/**
 * Answers a {@link SearchRequest} from the index: the page of hits in the order asked for, with
 * highlights and distances, the facet counts, and — when the words find fewer than {@value
 * #FEW_HITS} listings — the same search allowing one typo in each word the listings do not have,
 * and a "did you mean". Safe for concurrent use.
 */
public final class ListingSearch {

  /** Fewer exact hits than this suggest a typo. */
  static final int FEW_HITS = 3;

  private final ListingIndex index;
  private final Spelling spelling = new Spelling();
  private final WordlessFacets wordless = new WordlessFacets();
  private final RecentResults<Found> recent = new RecentResults<>();

  public ListingSearch(ListingIndex index) {
    this.index = index;
  }

  public SearchResults search(SearchRequest request) throws IOException {
    return index.withSearcher(searcher -> search(searcher, request));
  }

  private record Found(
      TopDocs hits, long total, Map<String, List<FacetCount>> facets, boolean fuzzy) {}

  /**
   * Counts again, in the background, the facets of searches without words that were counted more
   * than {@link WordlessFacets#FRESH_FOR} before {@code now}.
   */
  public void refreshWordlessFacets(Instant now) throws IOException {
    for (ListingFilters filters : wordless.countedBefore(now.minus(WordlessFacets.FRESH_FOR))) {
      index.withSearcher(
          searcher -> {
            countWordless(searcher, filters, now);
            return null;
          });
    }
  }

  private WordlessFacets.Counted countWordless(
      ListingSearcher searcher, ListingFilters filters, Instant now) throws IOException {
    ListingFacets facets = new ListingFacets(searcher, now);
    DrillSidewaysResult result = facets.search(FilterQueries.of(null, filters, now), 1);
    var counted =
        new WordlessFacets.Counted(result.hits.totalHits.value, facets.counts(result.facets), now);
    wordless.put(filters, counted);
    return counted;
  }

  private SearchResults search(ListingSearcher searcher, SearchRequest request) throws IOException {
    List<String> notes = new ArrayList<>(request.notes());
    boolean hasWords = TextQueries.hasPositiveTerms(request.text());
    SearchSort sort = sort(request, hasWords, notes);
    Query exact = TextQueries.exact(request.text());
    if (exact == null && !request.text().isEmpty()) {
      notes.add("The search text has only very common words or signs; showing all listings.");
    }
    if (searcher.isEmpty()) {
      return new SearchResults(
          List.of(), 0, request.page(), request.size(), sort, Map.of(), null, notes);
    }
    Found found =
        remembered(
            searcher,
            request,
            sort,
            false,
            () ->
                exact == null
                    ? runWordless(searcher, request, sort)
                    : run(searcher, request, exact, sort, false));
    String didYouMean = null;
    if (hasWords && total(found) < FEW_HITS) {
      // Only words that match nothing as typed can be typos: a word the listings have is taken as
      // meant, and leaving it exact keeps the fallback's query small and its hits to the point.
      Set<String> unknown = spelling.unknownWords(request.text(), searcher.getIndexReader());
      if (!unknown.isEmpty()) {
        didYouMean = spelling.correct(request.text(), unknown, searcher.getIndexReader());
        found = withTypos(searcher, request, sort, found, unknown, notes);
      }
    }
    return new SearchResults(
        hits(searcher, request, found),
        total(found),
        request.page(),
        request.size(),
        sort,
        found.facets(),
        didYouMean,
        notes);
  }

  /** The search allowing one typo in each unknown word when that finds more, else the exact one. */
  private Found withTypos(
      ListingSearcher searcher,
      SearchRequest request,
      SearchSort sort,
      Found exact,
      Set<String> unknown,
      List<String> notes)
      throws IOException {
    Found similar;
    try {
      similar =
          remembered(
              searcher,
              request,
              sort,
              true,
              () ->
                  run(
                      searcher,
                      request,
                      TextQueries.of(request.text(), unknown::contains),
                      sort,
                      true));
    } catch (IndexSearcher.TooManyClauses e) {
      // So many similar words that the query grew too large: the exact result stands.
      return exact;
    }
    if (total(similar) <= total(exact)) {
      return exact;
    }
    notes.add("Few listings matched exactly; listings with similar words are shown too.");
    return similar;
  }

  private static long total(Found found) {
    return found.total();
  }

  /** A search without words: its hits, with facet counts made earlier for the same filters. */
  private Found runWordless(ListingSearcher searcher, SearchRequest request, SearchSort sort)
      throws IOException {
    WordlessFacets.Counted counted = wordless.get(request.filters());
    if (counted == null) {
      counted = countWordless(searcher, request.filters(), request.now());
    }
    TopDocs hits =
        searcher.search(
            FilterQueries.of(null, request.filters(), request.now()),
            request.page() * request.size(),
            luceneSort(sort, request.filters().near()));
    // Up to a thousand matches are counted exactly with the hits; beyond, the earlier count stands.
    long total =
        hits.totalHits.relation == TotalHits.Relation.EQUAL_TO
            ? hits.totalHits.value
            : Math.max(hits.totalHits.value, counted.total());
    return new Found(hits, total, counted.facets(), false);
  }

  private static SearchSort sort(SearchRequest request, boolean hasWords, List<String> notes) {
    SearchSort asked = request.sort();
    if (asked == SearchSort.DISTANCE && request.filters().near() == null) {
      notes.add("Sorting by distance needs a place; the default order is used.");
      asked = null;
    }
    if (asked == null || (asked == SearchSort.RELEVANCE && !hasWords)) {
      return hasWords ? SearchSort.RELEVANCE : SearchSort.NEWEST;
    }
    return asked;
  }

  /** A search's result, from the recent ones if this reader found the same before. */
  private Found remembered(
      ListingSearcher searcher,
      SearchRequest request,
      SearchSort sort,
      boolean fuzzy,
      Finder finder)
      throws IOException {
    var key =
        new RecentResults.Key(
            request.text(),
            fuzzy,
            request.filters(),
            sort,
            request.page() * request.size(),
            request.now());
    Found found = recent.get(searcher.version(), key);
    if (found == null) {
      found = finder.find();
      recent.put(searcher.version(), key, found);
    }
    return found;
  }

  private interface Finder {
    Found find() throws IOException;
  }

  private static Found run(
      ListingSearcher searcher, SearchRequest request, Query text, SearchSort sort, boolean fuzzy)
      throws IOException {
    ListingFacets facets = new ListingFacets(searcher, request.now());
    DrillSidewaysResult result =
        facets.search(
            FilterQueries.of(text, request.filters(), request.now()),
            null,
            null,
            request.page() * request.size(),
            luceneSort(sort, request.filters().near()),
            // Relevance orders by the score as a sort field already; the hits need no score of
            // their own.
            false);
    return new Found(result.hits, result.hits.totalHits.value, facets.counts(result.facets), fuzzy);
  }

  private static Sort luceneSort(SearchSort sort, GeoPoint near) {
    SortField[] newest = ListingDocuments.NEWEST_FIRST.getSort();
    return switch (sort) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest[0], newest[1]);
      case NEWEST -> ListingDocuments.NEWEST_FIRST;
      case PRICE_LOW -> new Sort(price(false, Long.MAX_VALUE), newest[0], newest[1]);
      // Listings without a price come last both ways.
      case PRICE_HIGH -> new Sort(price(true, Long.MIN_VALUE), newest[0], newest[1]);
      case DISTANCE ->
          new Sort(
              LatLonDocValuesField.newDistanceSort(
                  ListingDocuments.LOCATION, near.latitude(), near.longitude()),
              newest[0],
              newest[1]);
    };
  }

  private static SortField price(boolean highFirst, long missing) {
    SortField price = new SortField(ListingDocuments.PRICE, SortField.Type.LONG, highFirst);
    price.setMissingValue(missing);
    return price;
  }

  private static List<Hit> hits(IndexSearcher searcher, SearchRequest request, Found found)
      throws IOException {
    Highlights highlights = new Highlights(request.text(), found.fuzzy());
    StoredFields stored = searcher.storedFields();
    ScoreDoc[] docs = found.hits().scoreDocs;
    List<Hit> hits = new ArrayList<>();
    for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc);
      hits.add(
          new Hit(
              Long.parseLong(doc.get(ListingDocuments.ID)),
              highlights.title(doc.get(ListingDocuments.TITLE)),
              highlights.snippet(doc.get(ListingDocuments.DESCRIPTION)),
              distanceKm(doc, request.filters().near())));
    }
    return hits;
  }

  private static Double distanceKm(Document doc, GeoPoint near) {
    IndexableField latitude = doc.getField(ListingDocuments.LATITUDE);
    IndexableField longitude = doc.getField(ListingDocuments.LONGITUDE);
    if (near == null || latitude == null || longitude == null) {
      return null;
    }
    double meters =
        SloppyMath.haversinMeters(
            near.latitude(),
            near.longitude(),
            latitude.numericValue().doubleValue(),
            longitude.numericValue().doubleValue());
    return Math.round(meters / 100) / 10.0;
  }
}
