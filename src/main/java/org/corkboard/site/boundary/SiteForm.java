package org.corkboard.site.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.corkboard.platform.Refused;
import org.corkboard.site.entity.Coordinates;

/**
 * A site as an administrator describes it. Latitude and longitude go together, or are left empty;
 * with {@code placeFromTown}, the site is put where the town list has its city instead.
 */
public record SiteForm(
    @NotBlank(message = "Give the site a name.")
        @Size(max = 80, message = "A site name has at most 80 characters.")
        String name,
    @Size(max = 120, message = "A street has at most 120 characters.") String street,
    @NotBlank(message = "Give the site's postal code.")
        @Size(max = 16, message = "A postal code has at most 16 characters.")
        String postalCode,
    @NotBlank(message = "Give the site's city.")
        @Size(max = 80, message = "A city has at most 80 characters.")
        String city,
    Double latitude,
    Double longitude,
    boolean placeFromTown) {

  /** The text, stripped; null for an empty optional text. */
  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Where the form puts the site: given coordinates, checked; none if both are empty. */
  Coordinates coordinates() {
    if (latitude == null && longitude == null) {
      return null;
    }
    if (latitude == null || longitude == null) {
      throw new Refused(
          latitude == null ? "latitude" : "longitude",
          "Give both latitude and longitude, or neither.");
    }
    if (!(Math.abs(latitude) <= 90)) {
      throw new Refused("latitude", "A latitude lies between -90 and 90 degrees.");
    }
    if (!(Math.abs(longitude) <= 180)) {
      throw new Refused("longitude", "A longitude lies between -180 and 180 degrees.");
    }
    return Coordinates.of(latitude, longitude);
  }
}
