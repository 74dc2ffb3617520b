package org.corkboard.search.control;

/** A place on earth in degrees (WGS 84), as the distance filter and sort take it. */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    if (!isValid(latitude, longitude)) {
      throw new IllegalArgumentException("Not a place on earth: " + latitude + ", " + longitude);
    }
  }

  static boolean isValid(double latitude, double longitude) {
    return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  }
}
