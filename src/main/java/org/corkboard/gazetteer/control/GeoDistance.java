package org.corkboard.gazetteer.control;

/**
 * Great-circle distance on a sphere (haversine). The Earth is not quite a sphere, so it can be off
 * by up to 0.5 %, at most a kilometre over a 200 km search radius: close enough for "near".
 */
public final class GeoDistance {

  /** The mean Earth radius (IUGG), which keeps the sphere's error smallest on average. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private GeoDistance() {}

  /** Kilometres between two points given in degrees of latitude and longitude. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double halfDeltaPhi = Math.toRadians(lat2 - lat1) / 2;
    double halfDeltaLambda = Math.toRadians(lon2 - lon1) / 2;
    double h =
        square(Math.sin(halfDeltaPhi))
            + Math.cos(phi1) * Math.cos(phi2) * square(Math.sin(halfDeltaLambda));
    // min() keeps rounding from pushing h past 1 for antipodal points, where asin would give NaN.
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
  }

  private static double square(double value) {
    return value * value;
  }
}
