package org.corkboard.console.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalliesTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 3, 30);

  @Test
  void everyDayHasACountInEverySeriesZeroWithoutARow() {
    DailySeries daily =
        Tallies.daily(
            FIRST,
            LAST,
            List.of(
                new Object[] {java.sql.Date.valueOf(FIRST), "For sale", 3L},
                new Object[] {LAST, "For sale", 1L},
                new Object[] {LAST, "Jobs", 2}));
    assertThat(daily.days()).hasSize(30).startsWith(FIRST).endsWith(LAST);
    assertThat(daily.series())
        .extracting(DailySeries.Series::name)
        .containsExactly("For sale", "Jobs");
    assertThat(daily.count("For sale", FIRST)).isEqualTo(3);
    assertThat(daily.count("For sale", FIRST.plusDays(1))).isZero();
    assertThat(daily.count("Jobs", LAST)).isEqualTo(2);
    assertThat(daily.count("Rides", LAST)).isZero();
  }

  @Test
  void aRowOutsideTheDaysIsLeftOut() {
    DailySeries daily =
        Tallies.daily(FIRST, LAST, List.<Object[]>of(new Object[] {LAST.plusDays(1), "Jobs", 5L}));
    assertThat(daily.series()).isEmpty();
  }

  @Test
  void daysAreSummedIntoWeeksFromMonday() {
    LocalDate monday = LocalDate.of(2026, 2, 23);
    WeeklyCounts weekly =
        Tallies.weekly(
            monday,
            LAST,
            List.of(
                new Object[] {monday, 1L},
                new Object[] {monday.plusDays(6), 2L},
                new Object[] {monday.plusDays(7), 4L},
                new Object[] {LAST, 8L}));
    assertThat(weekly.weeks()).hasSize(6).startsWith(monday).endsWith(LocalDate.of(2026, 3, 30));
    assertThat(weekly.counts()).containsExactly(3L, 4L, 0L, 0L, 0L, 8L);
    assertThat(weekly.countOfWeekWith(monday.plusDays(3))).isEqualTo(3);
    assertThat(weekly.countOfWeekWith(monday.minusDays(1))).isZero();
  }
}
