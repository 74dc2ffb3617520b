package org.corkboard.search.control;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * How a listing is laid out in the index: the field names, the facet dimensions and the mapping of
 * an {@link IndexedListing} to a Lucene document.
 */
final class ListingDocuments {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String CATEGORY_NAME = "category_name";
  static final String TITLE_EN = "title_en";
  static final String TITLE_DE = "title_de";
  static final String TEXT_EN = "text_en";
  static final String TEXT_DE = "text_de";
  static final String SPELLING = "spelling";
  static final String PRICE = "price";
  static final String PUBLISHED = "published";
  static final String PICTURES = "pictures";
  static final String LOCATION = "location";
  static final String LATITUDE = "latitude";
  static final String LONGITUDE = "longitude";

  /** Facet dimensions counted from terms (sorted-set doc values), one value or more a listing. */
  static final String CATEGORY = "category";

  static final String TYPE = "type";
  static final String SITE = "site";
  static final String CONDITION = "condition";
  static final List<String> TERM_DIMENSIONS = List.of(CATEGORY, TYPE, SITE, CONDITION);

  /** Facet dimensions counted from numbers in ranges. */
  static final String PRICE_BAND = "price";

  static final String POSTED_WITHIN = "posted";

  static final FacetsConfig FACETS = facetsConfig();

  /** The order of the index and of the "newest" sort: early termination and cheap paging. */
  static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(PUBLISHED, SortField.Type.LONG, true),
          new SortField(ID, SortField.Type.LONG, true));

  private ListingDocuments() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // Every category on the path is a value of its own: a parent counts its children's listings.
    config.setMultiValued(CATEGORY, true);
    return config;
  }

  static Term idTerm(long id) {
    return new Term(ID, Long.toString(id));
  }

  static Document toDocument(IndexedListing listing) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(listing.id()), Store.YES));
    doc.add(new NumericDocValuesField(ID, listing.id()));
    doc.add(new StoredField(TITLE, listing.title()));
    doc.add(new StoredField(DESCRIPTION, listing.description()));
    listing.categoryNames().forEach(name -> doc.add(new StoredField(CATEGORY_NAME, name)));
    addText(doc, listing);
    long published = listing.publishedAt().toEpochMilli();
    doc.add(new LongPoint(PUBLISHED, published));
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    if (listing.priceCents() != null) {
      doc.add(new LongPoint(PRICE, listing.priceCents()));
      doc.add(new NumericDocValuesField(PRICE, listing.priceCents()));
    }
    if (listing.hasPictures()) {
      doc.add(new StringField(PICTURES, "yes", Store.NO));
    }
    if (listing.hasLocation()) {
      doc.add(new LatLonPoint(LOCATION, listing.latitude(), listing.longitude()));
      doc.add(new LatLonDocValuesField(LOCATION, listing.latitude(), listing.longitude()));
      doc.add(new StoredField(LATITUDE, listing.latitude()));
      doc.add(new StoredField(LONGITUDE, listing.longitude()));
    }
    addFacets(doc, listing);
    return FACETS.build(doc);
  }

  private static void addText(Document doc, IndexedListing listing) {
    String text =
        Stream.concat(
                Stream.of(listing.description(), listing.details()),
                listing.categoryNames().stream())
            .collect(Collectors.joining("\n"));
    doc.add(new TextField(TITLE_EN, listing.title(), Store.NO));
    doc.add(new TextField(TITLE_DE, listing.title(), Store.NO));
    doc.add(new TextField(TEXT_EN, text, Store.NO));
    doc.add(new TextField(TEXT_DE, text, Store.NO));
    doc.add(new TextField(SPELLING, listing.title() + "\n" + text, Store.NO));
  }

  private static void addFacets(Document doc, IndexedListing listing) {
    listing
        .categoryPath()
        .forEach(id -> doc.add(new SortedSetDocValuesFacetField(CATEGORY, Long.toString(id))));
    doc.add(new SortedSetDocValuesFacetField(TYPE, listing.type()));
    if (listing.siteId() != null) {
      doc.add(new SortedSetDocValuesFacetField(SITE, Long.toString(listing.siteId())));
    }
    if (listing.condition() != null) {
      doc.add(new SortedSetDocValuesFacetField(CONDITION, listing.condition()));
    }
  }
}
