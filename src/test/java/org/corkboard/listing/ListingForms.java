package org.corkboard.listing;

import java.math.BigDecimal;
import java.util.Map;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;

/** Listing forms as tests fill them in: an item in good condition, in Berlin, priced in euros. */
public final class ListingForms {

  private ListingForms() {}

  public static ListingForm item(
      ListingType type,
      long categoryId,
      String title,
      String description,
      PriceMode mode,
      BigDecimal amount) {
    return form(type, categoryId, title, description, mode, amount, 0);
  }

  /** A bike for sale at a set price, in the category "Bikes". */
  public static ListingForm bike(Categories categories, String title, BigDecimal price) {
    long bikes = categories.bySlug("bikes").orElseThrow().id();
    return item(ListingType.FOR_SALE, bikes, title, "Ridden to work.", PriceMode.FIXED, price);
  }

  /** The listing as it stands, with a new title and price, edited on its current version. */
  public static ListingForm edit(Listing listing, String title, BigDecimal amount) {
    return form(
        listing.getType(),
        listing.getCategory().getId(),
        title,
        listing.getDescription(),
        PriceMode.FIXED,
        amount,
        listing.getVersion());
  }

  private static ListingForm form(
      ListingType type,
      long categoryId,
      String title,
      String description,
      PriceMode mode,
      BigDecimal amount,
      long version) {
    return new ListingForm(
        type,
        title,
        description,
        categoryId,
        mode,
        amount,
        "EUR",
        Condition.GOOD,
        null,
        "Berlin",
        "10115",
        Map.of(),
        version);
  }
}
