package org.corkboard.gazetteer.control;

import java.util.Objects;

/**
 * A town of the gazetteer: its GeoNames name, ISO country code, first-order region code (GeoNames
 * admin1, e.g. "IL" in the US, "02" for Bavaria; may be empty), position in degrees and population.
 */
public record Place(
    String name,
    String countryCode,
    String admin1,
    double latitude,
    double longitude,
    int population) {

  public Place {
    Objects.requireNonNull(name);
    Objects.requireNonNull(countryCode);
    Objects.requireNonNull(admin1);
  }

  /** How a town is shown to a person, e.g. "Hamburg, DE". */
  public String label() {
    return name + ", " + countryCode;
  }

  /** Great-circle distance to another town, in kilometres. */
  public double kmTo(Place other) {
    return GeoDistance.km(latitude, longitude, other.latitude, other.longitude);
  }
}
