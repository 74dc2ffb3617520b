package org.corkboard.console.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A count per week: {@code counts} has one number for each Monday of {@code weeks}. */
public record WeeklyCounts(List<LocalDate> weeks, List<Long> counts) implements Serializable {

  /** The count of the week that holds the day, 0 if the day is outside them. */
  public long countOfWeekWith(LocalDate day) {
    for (int i = weeks.size() - 1; i >= 0; i--) {
      if (!day.isBefore(weeks.get(i))) {
        return day.isBefore(weeks.get(i).plusWeeks(1)) ? counts.get(i) : 0;
      }
    }
    return 0;
  }
}
