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
