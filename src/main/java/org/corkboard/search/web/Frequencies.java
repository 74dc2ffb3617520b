package org.corkboard.search.web;

import java.util.Arrays;
import org.corkboard.search.entity.Frequency;

/** Reads a frequency as a form sends it; anything else is none, which the service refuses. */
final class Frequencies {

  private Frequencies() {}

  static Frequency named(String name) {
    return Arrays.stream(Frequency.values())
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElse(null);
  }
}
