package org.corkboard.listing.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;

/**
 * What a person fills in to post or edit a listing. {@code version} is the version the edit was
 * made on (ignored for a new listing); {@code details} holds the category's extra fields by key.
 */
public record ListingForm(
    @NotNull(message = "Choose what kind of listing this is.") ListingType type,
    @NotBlank(message = "Give your listing a title.")
        @Size(min = 5, max = 100, message = "Use 5 to 100 characters.")
        String title,
    @NotBlank(message = "Describe what you offer or look for.")
        @Size(max = 5000, message = "Use at most 5,000 characters.")
        String description,
    @NotNull(message = "Choose a category.") Long categoryId,
    @NotNull(message = "Choose how it is priced.") PriceMode priceMode,
    BigDecimal priceAmount,
    String priceCurrency,
    Condition condition,
    Long siteId,
    String city,
    String postalCode,
    Map<String, String> details,
    long version) {

  public ListingForm {
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
