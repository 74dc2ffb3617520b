package org.corkboard.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.console.boundary.Dashboard;
import org.corkboard.console.boundary.DashboardCounts;

/** The dashboard on admin/index.xhtml: each figure read once per request, when shown. */
@Named
@RequestScoped
public class DashboardView {

  @Inject Dashboard dashboard;

  private DashboardCounts counts;
  private String newListings;
  private String signUps;
  private String reports;

  public DashboardCounts getCounts() {
    if (counts == null) {
      counts = dashboard.counts();
    }
    return counts;
  }

  public String getNewListingsChart() {
    if (newListings == null) {
      newListings = ChartConfigs.stackedBars(dashboard.newListingsPerDay());
    }
    return newListings;
  }

  public String getSignUpsChart() {
    if (signUps == null) {
      signUps = ChartConfigs.bars("Sign-ups", dashboard.signUpsPerWeek());
    }
    return signUps;
  }

  public String getReportsChart() {
    if (reports == null) {
      reports = ChartConfigs.stackedBars(dashboard.reportsPerDay());
    }
    return reports;
  }

  public int getDays() {
    return Dashboard.DAYS;
  }
}
