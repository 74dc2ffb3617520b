package org.corkboard.gazetteer.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The readings of a city as people type it into an address, most exact first: as typed; without a
 * postal code typed into the same field ("80331 München"); and the town a compound name begins with
 * ("München-Schwabing", "Frankfurt/Sachsenhausen"), which is close by. A word with a digit is taken
 * for a postal code. A district's own name is not tried: "Mitte" of "Hamburg-Mitte" would find
 * Berlin's.
 */
final class AddressTowns {

  private static final Pattern POSTAL_CODE = Pattern.compile("(?:^|\\s)\\S*\\d\\S*(?=\\s|$)");
  private static final Pattern COMPOUND = Pattern.compile("\\s*[-‐‑–/(].*$");

  private AddressTowns() {}

  static List<String> readings(String typed) {
    List<String> readings = new ArrayList<>();
    if (typed == null || typed.isBlank()) {
      return readings;
    }
    add(readings, typed.strip());
    String withoutCode = POSTAL_CODE.matcher(typed).replaceAll(" ").strip();
    add(readings, withoutCode);
    add(readings, COMPOUND.matcher(withoutCode).replaceFirst(""));
    return readings;
  }

  private static void add(List<String> readings, String reading) {
    if (!reading.isEmpty() && !readings.contains(reading)) {
      readings.add(reading);
    }
  }
}
