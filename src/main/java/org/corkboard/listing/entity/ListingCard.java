package org.corkboard.listing.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a card in a list of listings shows, read straight from the database without loading the
 * listing itself.
 */
public record ListingCard(
    long id,
    String title,
    ListingType type,
    Price price,
    String site,
    String city,
    Long coverPictureId,
    Instant publishedAt,
    ListingStatus status,
    String categorySlug) {

  /**
   * What a query selects for cards, over a listing {@code l} joined by {@link #JOINS}: "SELECT " +
   * COLUMNS + " FROM Listing l" + JOINS + ...
   */
  public static final String COLUMNS =
      "NEW org.corkboard.listing.entity.ListingCard(l.id, l.title, l.type, l.price.mode,"
          + " l.price.amount, l.price.currency, s.name, l.location.city, l.coverPictureId,"
          + " l.publishedAt, l.status, c.slug)";

  /** The joins {@link #COLUMNS} reads: the listing's category and site. */
  public static final String JOINS = " JOIN l.category c LEFT JOIN l.location.site s ";

  /** The constructor JPQL's SELECT NEW calls. */
  public ListingCard(
      Long id,
      String title,
      ListingType type,
      PriceMode priceMode,
      BigDecimal amount,
      String currency,
      String site,
      String city,
      Long coverPictureId,
      Instant publishedAt,
      ListingStatus status,
      String categorySlug) {
    this(
        id,
        title,
        type,
        Price.of(priceMode, amount, currency),
        site,
        city,
        coverPictureId,
        publishedAt,
        status,
        categorySlug);
  }

  public String slug() {
    return Slugs.of(title);
  }

  public String where() {
    return site != null ? site : city;
  }
}
