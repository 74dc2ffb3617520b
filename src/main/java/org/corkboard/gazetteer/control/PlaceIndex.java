package org.corkboard.gazetteer.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The towns and a sorted array of their names in comparable form. Each town is listed under its own
 * name, its ASCII name and its other names; a town's own name ranks before another town's other
 * name, so "Agawam" stays Agawam even though Springfield was once called so, and within each kind
 * the most populous town comes first. Binary search finds a name or a prefix.
 */
final class PlaceIndex {

  /** One name of a town; an own name is its GeoNames name or ASCII name. */
  private record Entry(String key, boolean ownName, Place place) {}

  private static final Comparator<Entry> BEST_FIRST =
      Comparator.comparing((Entry entry) -> !entry.ownName())
          .thenComparingInt(entry -> -entry.place().population());

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::key).thenComparing(BEST_FIRST);

  private final List<Place> places;
  private final Entry[] entries;

  private PlaceIndex(List<Place> places, List<Entry> entries) {
    this.places = List.copyOf(places);
    this.entries = entries.stream().sorted(ORDER).toArray(Entry[]::new);
  }

  /** Reads the gazetteer's gzipped lines: see ConvertPlaces under src/build for the columns. */
  static PlaceIndex read(InputStream gzipped) {
    List<Place> places = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          add(line.split("\t", -1), places, entries);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PlaceIndex(places, entries);
  }

  private static void add(String[] fields, List<Place> places, List<Entry> entries) {
    Place place =
        new Place(
            fields[0],
            fields[2],
            fields[3],
            Double.parseDouble(fields[4]),
            Double.parseDouble(fields[5]),
            Integer.parseInt(fields[6]));
    places.add(place);
    String own = PlaceNames.fold(fields[0]);
    entries.add(new Entry(own, true, place));
    String ascii = PlaceNames.fold(fields[1]);
    if (!ascii.equals(own)) {
      entries.add(new Entry(ascii, true, place));
    }
    for (String other : fields[7].split(",")) {
      if (!other.isEmpty()) {
        entries.add(new Entry(PlaceNames.fold(other), false, place));
      }
    }
  }

  List<Place> places() {
    return places;
  }

  /** The towns called so, best first: own names before other names, the most populous first. */
  Stream<Place> named(String key) {
    return from(key).takeWhile(entry -> entry.key().equals(key)).map(Entry::place).distinct();
  }

  /**
   * The towns with a name that starts so: those whose own name does first, so what is shown matches
   * what was typed, then those with such another name; the most populous first in each.
   */
  Stream<Place> startingWith(String prefix) {
    return from(prefix)
        .takeWhile(entry -> entry.key().startsWith(prefix))
        .sorted(BEST_FIRST)
        .map(Entry::place)
        .distinct();
  }

  private Stream<Entry> from(String key) {
    int first = firstAtOrAfter(key);
    return Arrays.stream(entries, first, entries.length);
  }

  private int firstAtOrAfter(String key) {
    int low = 0;
    int high = entries.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (entries[middle].key().compareTo(key) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
