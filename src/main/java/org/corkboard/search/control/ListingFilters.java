package org.corkboard.search.control;

/**
 * What a result is narrowed to; null or false means "any".
 *
 * @param categoryId a category: listings in it or in any category below it
 * @param type the name of a listing type
 * @param minPriceCents the lowest price, inclusive; listings without a price are left out
 * @param maxPriceCents the highest price, inclusive; listings without a price are left out
 * @param postedWithinDays listings published at most this many days before the request's time
 * @param near the point that distances are measured from
 * @param radiusKm with a point, only listings at most this far from it (1–200)
 */
public record ListingFilters(
    Long categoryId,
    String type,
    Long siteId,
    Long minPriceCents,
    Long maxPriceCents,
    String condition,
    boolean withPictures,
    Integer postedWithinDays,
    GeoPoint near,
    Integer radiusKm) {

  public static final ListingFilters NONE =
      new ListingFilters(null, null, null, null, null, null, false, null, null, null);

  public boolean hasPriceFilter() {
    return minPriceCents != null || maxPriceCents != null;
  }
}
