package org.corkboard.search.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corkboard.gazetteer.control.Gazetteer;
import org.corkboard.gazetteer.control.Place;

/**
 * What a person types as the place a search is near: the company's own sites come first, since
 * colleagues know them by name ("Research Campus"), then the towns of the gazetteer.
 */
public final class NearPlaces {

  private final List<NamedPlace> sites;
  private final Gazetteer gazetteer;

  /** The sites that are on the map, each named as people know it. */
  public NearPlaces(List<NamedPlace> sites, Gazetteer gazetteer) {
    this.sites = List.copyOf(sites);
    this.gazetteer = gazetteer;
  }

  /** The site of this name in any case, else the town the gazetteer finds; empty if neither. */
  public Optional<NamedPlace> find(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String name = typed.strip();
    return sites.stream()
        .filter(site -> site.label().equalsIgnoreCase(name))
        .findFirst()
        .or(() -> gazetteer.find(name).map(NearPlaces::town));
  }

  /**
   * Names that start so, at most {@code limit} (capped at {@link Gazetteer#MAX_SUGGESTIONS}): the
   * sites by name, then the towns by label, most populous first.
   */
  public List<String> complete(String prefix, int limit) {
    int wanted = Math.min(limit, Gazetteer.MAX_SUGGESTIONS);
    if (prefix == null || prefix.isBlank() || wanted <= 0) {
      return List.of();
    }
    String start = lower(prefix.strip());
    Set<String> names = new LinkedHashSet<>();
    sites.stream()
        .map(NamedPlace::label)
        .filter(name -> lower(name).startsWith(start))
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .forEach(names::add);
    gazetteer.complete(prefix, wanted).forEach(town -> names.add(town.label()));
    return new ArrayList<>(names).subList(0, Math.min(wanted, names.size()));
  }

  private static NamedPlace town(Place place) {
    return new NamedPlace(place.label(), new GeoPoint(place.latitude(), place.longitude()));
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
