package org.corkboard.site.control;

import java.util.Optional;
import org.corkboard.gazetteer.control.Gazetteer;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;

/** Where a town is on the map, as the gazetteer knows it from the name people type. */
public final class TownCoordinates {

  private static final Gazetteer GAZETTEER = new Gazetteer();

  private TownCoordinates() {}

  /** The coordinates of the town typed so ("München", "Berlin-Pankow"); empty if not known. */
  public static Optional<Coordinates> of(String city) {
    return GAZETTEER.findTown(city).map(town -> Coordinates.of(town.latitude(), town.longitude()));
  }

  /** The site, placed on the map at its city when the gazetteer knows it. */
  public static Site located(Site site) {
    site.locate(of(site.getCity()).orElse(null));
    return site;
  }
}
