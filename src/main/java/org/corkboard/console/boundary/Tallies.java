package org.corkboard.console.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.console.control.DashboardQueries;

/**
 * Lays the database's counts out for the charts: one number for every day (or week) of the range,
 * zero where the database had no row. It handles the grouped rows only, never the rows counted.
 */
final class Tallies {

  private Tallies() {}

  /** Rows of day, series name and count, as series over every day from first to last. */
  static DailySeries daily(LocalDate first, LocalDate last, List<Object[]> rows) {
    List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
    Map<String, List<Long>> series = new LinkedHashMap<>();
    for (Object[] row : rows) {
      int index = days.indexOf(DashboardQueries.day(row[0]));
      if (index >= 0) {
        series
            .computeIfAbsent((String) row[1], name -> zeros(days.size()))
            .set(index, ((Number) row[2]).longValue());
      }
    }
    List<DailySeries.Series> named = new ArrayList<>();
    series.forEach((name, counts) -> named.add(new DailySeries.Series(name, List.copyOf(counts))));
    return new DailySeries(days, List.copyOf(named));
  }

  /**
   * Rows of day and count, summed per week from each Monday from {@code monday} to {@code last}.
   */
  static WeeklyCounts weekly(LocalDate monday, LocalDate last, List<Object[]> rows) {
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate week = monday; !week.isAfter(last); week = week.plusWeeks(1)) {
      weeks.add(week);
    }
    List<Long> counts = zeros(weeks.size());
    for (Object[] row : rows) {
      LocalDate day = DashboardQueries.day(row[0]);
      int index = (int) (ChronoUnit.DAYS.between(monday, day) / 7);
      if (!day.isBefore(monday) && index < weeks.size()) {
        counts.set(index, counts.get(index) + ((Number) row[1]).longValue());
      }
    }
    return new WeeklyCounts(List.copyOf(weeks), List.copyOf(counts));
  }

  private static List<Long> zeros(int size) {
    return new ArrayList<>(Collections.nCopies(size, 0L));
  }
}
