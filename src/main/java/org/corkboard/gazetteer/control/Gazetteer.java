package org.corkboard.gazetteer.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The towns a search can be "near": the 26,000 GeoNames places of at least 15,000 people, shipped
 * in the application and read on first use, never fetched. Finds a town by the name a person types,
 * with or without accents and in any case, and completes a name as it is typed.
 */
public final class Gazetteer {

  /** GeoNames asks for this wherever its data is shown (CC BY 4.0). */
  public static final String ATTRIBUTION = "Town data: GeoNames (geonames.org), CC BY 4.0";

  /** More suggestions than any list a person reads. */
  public static final int MAX_SUGGESTIONS = 50;

  /** Shorter beginnings of a name ("San", "Neu") are too common to stand for one town. */
  private static final int MIN_LONGER_NAMED = 4;

  private static final String RESOURCE = "/org/corkboard/gazetteer/places.tsv.gz";

  /** The JVM initialises this class once, on first use, and every thread sees the result. */
  private static final class Loaded {
    static final PlaceIndex INDEX = read();
  }

  /**
   * The town with this name, the most populous if several share it. "Springfield, MA" or
   * "Frankfurt, DE" picks one by its region (admin1) or country code. Empty if none is known.
   */
  public Optional<Place> find(String query) {
    return PlaceNames.key(query).flatMap(key -> named(key).or(() -> qualified(key)));
  }

  /**
   * The town of an address as people type it: as {@link #find} does, else without a postal code
   * typed into the same field, else the town a compound name starts with ("Berlin-Pankow"); each
   * also as the start of a longer name ("Bad Homburg" for Bad Homburg vor der Höhe). Empty if none.
   */
  public Optional<Place> findTown(String typed) {
    return AddressTowns.readings(typed).stream()
        .map(reading -> find(reading).or(() -> longerNamed(reading)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The best town whose own name is this one followed by more words: not "Berlin" for "Bern". */
  private static Optional<Place> longerNamed(String reading) {
    return PlaceNames.key(reading)
        .filter(key -> key.length() >= MIN_LONGER_NAMED)
        .flatMap(key -> index().startingWith(key + " ").findFirst());
  }

  /**
   * Towns whose name starts so, at most limit (capped at MAX_SUGGESTIONS): those whose own name
   * does, the most populous first, then those known so in other languages ("Münch" for Munich).
   */
  public List<Place> complete(String prefix, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return PlaceNames.key(prefix)
        .map(key -> index().startingWith(key).limit(Math.min(limit, MAX_SUGGESTIONS)).toList())
        .orElse(List.of());
  }

  /** Every town, for a search that looks for all of them within a distance. */
  public List<Place> places() {
    return index().places();
  }

  private static Optional<Place> named(String key) {
    return index().named(key).findFirst();
  }

  /** "name, qualifier", where the qualifier is a country code or a region code. */
  private static Optional<Place> qualified(String key) {
    int comma = key.lastIndexOf(',');
    if (comma < 0) {
      return Optional.empty();
    }
    String name = key.substring(0, comma).strip();
    String qualifier = key.substring(comma + 1).strip();
    return index().named(name).filter(place -> isQualifiedBy(place, qualifier)).findFirst();
  }

  private static boolean isQualifiedBy(Place place, String qualifier) {
    return !qualifier.isEmpty()
        && (qualifier.equals(place.countryCode().toLowerCase(Locale.ROOT))
            || qualifier.equals(place.admin1().toLowerCase(Locale.ROOT)));
  }

  private static PlaceIndex index() {
    return Loaded.INDEX;
  }

  private static PlaceIndex read() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return PlaceIndex.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
