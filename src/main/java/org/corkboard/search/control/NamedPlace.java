package org.corkboard.search.control;

import java.util.Objects;

/**
 * A place a search can be near, as a person sees it: a company site by its name, or a town by its
 * label ("Munich, DE").
 */
public record NamedPlace(String label, GeoPoint point) {

  public NamedPlace {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(point, "point");
  }
}
