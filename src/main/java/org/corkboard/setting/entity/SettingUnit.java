package org.corkboard.setting.entity;

import java.time.Duration;

/** What a setting's whole number counts. */
public enum SettingUnit {
  DAYS("day", "days"),
  MINUTES("minute", "minutes"),
  COUNT("", "");

  private final String one;
  private final String many;

  SettingUnit(String one, String many) {
    this.one = one;
    this.many = many;
  }

  /** "30 days", "1 minute", "50". */
  public String describe(long value) {
    String unit = value == 1 ? one : many;
    return unit.isEmpty() ? String.valueOf(value) : value + " " + unit;
  }

  public String getLabel() {
    return many;
  }

  public Duration toDuration(long value) {
    return switch (this) {
      case DAYS -> Duration.ofDays(value);
      case MINUTES -> Duration.ofMinutes(value);
      case COUNT -> throw new IllegalStateException("A count is not a duration.");
    };
  }

  /**
   * A system property's text: a whole number, or for a duration also ISO-8601 ({@code P30D}, the
   * form these properties had before they could be changed here). Null if it cannot be read.
   */
  Long read(String text) {
    String stripped = text.strip();
    if (this != COUNT && stripped.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
      try {
        Duration duration = Duration.parse(stripped);
        return this == DAYS ? duration.toDays() : duration.toMinutes();
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    try {
      return Long.parseLong(stripped);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
