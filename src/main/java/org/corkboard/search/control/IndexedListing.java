package org.corkboard.search.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index knows of a publicly visible listing. Listings that are not visible are never given
 * to the index; the caller deletes them instead.
 *
 * @param details the values of the category's extra fields as one text
 * @param categoryPath the category ids from the root to the listing's own category
 * @param categoryNames the names of those categories
 * @param type the name of the listing type, e.g. {@code FOR_SALE}
 * @param siteId the company site, or null
 * @param priceCents the price in cents, or null when the listing has none
 * @param condition the name of the item's condition, or null
 */
public record IndexedListing(
    long id,
    String title,
    String description,
    String details,
    List<Long> categoryPath,
    List<String> categoryNames,
    String type,
    Long siteId,
    Double latitude,
    Double longitude,
    Long priceCents,
    String condition,
    boolean hasPictures,
    Instant publishedAt) {

  public IndexedListing {
    Objects.requireNonNull(title, "title");
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("A listing needs a type.");
    }
    Objects.requireNonNull(publishedAt, "publishedAt");
    description = Objects.requireNonNullElse(description, "");
    details = Objects.requireNonNullElse(details, "");
    categoryPath = List.copyOf(categoryPath);
    categoryNames = List.copyOf(categoryNames);
    condition = condition == null || condition.isBlank() ? null : condition;
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("A location needs both latitude and longitude.");
    }
  }

  public boolean hasLocation() {
    return latitude != null;
  }
}
