package org.corkboard.console.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts per day, in named series (one per top-level category): {@code counts} of each series has
 * one number per day of {@code days}, zero on days without any.
 */
public record DailySeries(List<LocalDate> days, List<Series> series) implements Serializable {

  /** One series: its name and its count on each day. */
  public record Series(String name, List<Long> counts) implements Serializable {}

  /** The count of the named series on the day, 0 if there is none. */
  public long count(String name, LocalDate day) {
    int index = days.indexOf(day);
    return series.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .map(s -> index < 0 ? 0L : s.counts().get(index))
        .orElse(0L);
  }
}
