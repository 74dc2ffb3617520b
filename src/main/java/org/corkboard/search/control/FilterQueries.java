package org.corkboard.search.control;

import static org.corkboard.search.control.ListingDocuments.FACETS;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Adds the filters to a text query. Filters that have a facet become drill-down dimensions, so that
 * each facet can be counted without its own filter (drill sideways); the others (pictures,
 * distance) narrow the base query.
 */
final class FilterQueries {

  private FilterQueries() {}

  static DrillDownQuery of(Query text, ListingFilters filters, Instant now) {
    DrillDownQuery query = new DrillDownQuery(FACETS, base(text, filters));
    if (filters.categoryId() != null) {
      query.add(ListingDocuments.CATEGORY, Long.toString(filters.categoryId()));
    }
    if (filters.type() != null) {
      query.add(ListingDocuments.TYPE, filters.type());
    }
    if (filters.siteId() != null) {
      query.add(ListingDocuments.SITE, Long.toString(filters.siteId()));
    }
    if (filters.condition() != null) {
      query.add(ListingDocuments.CONDITION, filters.condition());
    }
    if (filters.hasPriceFilter()) {
      long min = Objects.requireNonNullElse(filters.minPriceCents(), Long.MIN_VALUE);
      long max = Objects.requireNonNullElse(filters.maxPriceCents(), Long.MAX_VALUE);
      query.add(
          ListingDocuments.PRICE_BAND, LongPoint.newRangeQuery(ListingDocuments.PRICE, min, max));
    }
    if (filters.postedWithinDays() != null) {
      query.add(
          ListingDocuments.POSTED_WITHIN,
          postedSince(now.minus(Duration.ofDays(filters.postedWithinDays()))));
    }
    return query;
  }

  static Query postedSince(Instant since) {
    return LongPoint.newRangeQuery(
        ListingDocuments.PUBLISHED, since.toEpochMilli(), Long.MAX_VALUE);
  }

  private static Query base(Query text, ListingFilters filters) {
    BooleanQuery.Builder base = new BooleanQuery.Builder();
    base.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    if (filters.withPictures()) {
      base.add(new TermQuery(new Term(ListingDocuments.PICTURES, "yes")), Occur.FILTER);
    }
    if (filters.near() != null && filters.radiusKm() != null) {
      base.add(
          LatLonPoint.newDistanceQuery(
              ListingDocuments.LOCATION,
              filters.near().latitude(),
              filters.near().longitude(),
              filters.radiusKm() * 1000.0),
          Occur.FILTER);
    }
    return base.build();
  }
}
