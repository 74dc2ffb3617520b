package org.corkboard.console.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.corkboard.account.entity.Role;
import org.corkboard.console.control.DashboardQueries;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.platform.ActiveAccountsOnly;

/** The administrators' dashboard: counts at a glance and the last 30 days in charts. */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class Dashboard {

  /** How many days the charts show, today included. */
  public static final int DAYS = 30;

  @Inject DashboardQueries queries;
  @Inject Clock clock;

  public DashboardCounts counts() {
    LocalDate today = today();
    Object[] row = queries.counts(start(today.minusDays(6)), start(today));
    return new DashboardCounts(
        number(row[0]),
        number(row[1]),
        number(row[2]),
        number(row[3]),
        number(row[4]),
        number(row[5]));
  }

  /** Listings posted on each of the last 30 days, per top-level category. */
  public DailySeries newListingsPerDay() {
    LocalDate first = today().minusDays(DAYS - 1L);
    return Tallies.daily(first, today(), queries.newListingsPerDayAndCategory(start(first)));
  }

  /** Reports made on each of the last 30 days, per reason. */
  public DailySeries reportsPerDay() {
    LocalDate first = today().minusDays(DAYS - 1L);
    List<Object[]> rows =
        queries.reportsPerDayAndReason(start(first)).stream()
            .map(
                row ->
                    new Object[] {row[0], ReportReason.valueOf((String) row[1]).getLabel(), row[2]})
            .toList();
    return Tallies.daily(first, today(), rows);
  }

  /** Sign-ups in each week (from Monday) of the last 30 days, the first week from its Monday. */
  public WeeklyCounts signUpsPerWeek() {
    LocalDate monday =
        today().minusDays(DAYS - 1L).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return Tallies.weekly(monday, today(), queries.signUpsPerDay(start(monday)));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static long number(Object count) {
    return ((Number) count).longValue();
  }
}
