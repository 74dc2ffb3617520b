package org.corkboard.listing.control;

import org.corkboard.listing.entity.Location;
import org.corkboard.site.control.TownCoordinates;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;

/**
 * Places a listing's location on the map: where its site is, else where its town is, else nowhere
 * (it then does not show up in distance searches). Posting, editing and the demo data all place a
 * location through here, so a listing's coordinates always follow its location.
 */
public final class ListingCoordinates {

  private ListingCoordinates() {}

  /** The location {@code Location.of} would give, placed on the map. */
  public static Location locate(Site site, String city, String postalCode) {
    Location location = Location.of(site, city, postalCode);
    return location.at(coordinatesOf(location));
  }

  private static Coordinates coordinatesOf(Location location) {
    Site site = location.getSite();
    if (site != null && site.getCoordinates() != null) {
      return site.getCoordinates();
    }
    return TownCoordinates.of(location.getCity()).orElse(null);
  }
}
