package org.corkboard.search.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.category.entity.Category;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.Price;
import org.corkboard.search.control.IndexedListing;

/** A public listing as the index keeps it. */
final class IndexedListings {

  private IndexedListings() {}

  static IndexedListing of(Listing listing) {
    List<Category> path = new ArrayList<>();
    for (Category c = listing.getCategory(); c != null; c = c.getParent()) {
      path.add(0, c);
    }
    var site = listing.getLocation().getSite();
    var coordinates = listing.getLocation().getCoordinates();
    return new IndexedListing(
        listing.getId(),
        listing.getTitle(),
        listing.getDescription(),
        String.join(" ", listing.getDetails().values()),
        path.stream().map(Category::getId).toList(),
        path.stream().map(Category::getName).toList(),
        listing.getType().name(),
        site == null ? null : site.getId(),
        coordinates == null ? null : coordinates.getLatitude(),
        coordinates == null ? null : coordinates.getLongitude(),
        cents(listing.getPrice()),
        listing.getCondition() == null ? null : listing.getCondition().name(),
        listing.getPictureCount() > 0,
        listing.getPublishedAt());
  }

  /** The price in cents; free is 0; none (or "make an offer") is null. */
  private static Long cents(Price price) {
    return switch (price.getMode()) {
      case FIXED, NEGOTIABLE -> price.getAmount().multiply(BigDecimal.valueOf(100)).longValue();
      case FREE -> 0L;
      case NONE -> null;
    };
  }
}
