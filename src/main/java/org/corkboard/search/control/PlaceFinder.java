package org.corkboard.search.control;

import java.util.Optional;
import org.corkboard.gazetteer.control.Gazetteer;

/** Finds the point that a place typed into the "near" box stands for: a company site or a town. */
@FunctionalInterface
public interface PlaceFinder {

  Optional<GeoPoint> find(String typed);

  /** Towns only, from the gazetteer shipped in the application. */
  static PlaceFinder towns() {
    Gazetteer gazetteer = new Gazetteer();
    return typed ->
        gazetteer.find(typed).map(place -> new GeoPoint(place.latitude(), place.longitude()));
  }
}
