package org.corkboard.site.entity;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A position on earth in degrees (WGS 84), where a site or a listing is on the map. Embedded as the
 * columns {@code latitude} and {@code longitude}; a thing with no known place has none at all.
 */
@Embeddable
public class Coordinates {

  private double latitude;
  private double longitude;

  protected Coordinates() {}

  private Coordinates(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  public static Coordinates of(double latitude, double longitude) {
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
      throw new IllegalArgumentException("Not a place on earth: " + latitude + ", " + longitude);
    }
    return new Coordinates(latitude, longitude);
  }

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Coordinates that
        && latitude == that.latitude
        && longitude == that.longitude;
  }

  @Override
  public int hashCode() {
    return Objects.hash(latitude, longitude);
  }

  @Override
  public String toString() {
    return latitude + ", " + longitude;
  }
}
