package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.console.boundary.DailySeries;
import org.corkboard.console.boundary.Dashboard;
import org.corkboard.console.boundary.DashboardCounts;
import org.corkboard.console.boundary.WeeklyCounts;
import org.corkboard.listing.TestListings;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Identities;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's counts and charts follow what the test adds, compared with what they said before
 * (the board has other data); only administrators read them.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class DashboardIT {

  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(DashboardIT.class, TestListings.class, Chats.class);
  }

  @Inject Dashboard dashboard;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject TopCategories topCategories;
  @Inject Chats chats;
  @Inject Reports reports;

  private Account admin;

  @BeforeEach
  void createAdministrator() {
    admin = testAccounts.create("admin", Role.ADMIN);
  }

  @Test
  void countsFollowNewPeopleAndListings() throws Exception {
    DashboardCounts before = read(() -> dashboard.counts());

    Account seller = testAccounts.create("seller");
    testListings.activeListingsFor(seller.getId(), 3);

    DashboardCounts after = read(() -> dashboard.counts());
    assertThat(after.people()).isEqualTo(before.people() + 1);
    assertThat(after.activeListings()).isEqualTo(before.activeListings() + 3);
    assertThat(after.newListingsThisWeek()).isEqualTo(before.newListingsThisWeek() + 3);
    assertThat(after.messagesToday()).isGreaterThanOrEqualTo(before.messagesToday());
    assertThat(after.mailsWaiting()).isNotNegative();
  }

  @Test
  void todaysBarGrowsInTheListingsTopCategory() throws Exception {
    String books = topCategories.nameOfTopOf("books-media");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    DailySeries before = read(() -> dashboard.newListingsPerDay());

    testListings.activeListingsFor(testAccounts.create("seller").getId(), 2);

    DailySeries after = read(() -> dashboard.newListingsPerDay());
    assertThat(after.days()).hasSize(Dashboard.DAYS).endsWith(today);
    assertThat(after.count(books, today)).isEqualTo(before.count(books, today) + 2);
    assertThat(after.series())
        .allSatisfy(series -> assertThat(series.counts()).hasSize(Dashboard.DAYS));
  }

  @Test
  void thisWeeksSignUpsGrowWithANewAccount() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    WeeklyCounts before = read(() -> dashboard.signUpsPerWeek());

    testAccounts.create("newcomer");
    testAccounts.create("newcomer");

    WeeklyCounts after = read(() -> dashboard.signUpsPerWeek());
    assertThat(after.countOfWeekWith(today)).isEqualTo(before.countOfWeekWith(today) + 2);
    assertThat(after.weeks()).hasSizeBetween(5, 6);
  }

  @Test
  void reportsCountUntilDecidedAndShowPerReason() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    DashboardCounts countsBefore = read(() -> dashboard.counts());
    DailySeries before = read(() -> dashboard.reportsPerDay());

    long listing = chats.listingOf(testAccounts.create("seller"));
    report(testAccounts.create("ann"), listing, ReportReason.SPAM);
    report(testAccounts.create("ben"), listing, ReportReason.SCAM);

    assertThat(read(() -> dashboard.counts()).openReports())
        .isEqualTo(countsBefore.openReports() + 2);
    DailySeries after = read(() -> dashboard.reportsPerDay());
    assertThat(after.days()).hasSize(Dashboard.DAYS).endsWith(today);
    for (ReportReason reason : List.of(ReportReason.SPAM, ReportReason.SCAM)) {
      assertThat(after.count(reason.getLabel(), today))
          .isEqualTo(before.count(reason.getLabel(), today) + 1);
    }
  }

  @Test
  void onlyAdministratorsReadTheDashboard() throws Exception {
    Account person = testAccounts.create("person");
    for (Role[] roles : List.of(new Role[] {Role.USER}, new Role[] {Role.USER, Role.MODERATOR})) {
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> dashboard.counts()))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> dashboard.newListingsPerDay()))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> dashboard.signUpsPerWeek()))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> dashboard.reportsPerDay()))
          .isInstanceOf(EJBAccessException.class);
    }
    assertThatThrownBy(() -> anonymously(() -> dashboard.counts()))
        .isInstanceOf(EJBAccessException.class);
  }

  private void report(Account reporter, long listing, ReportReason reason) throws Exception {
    as(
        reporter.getUsername(),
        new Role[] {Role.USER},
        Identities.run(() -> reports.report(SubjectKind.LISTING, listing, reason, null)));
  }

  private <T> T read(java.util.concurrent.Callable<T> call) throws Exception {
    return as(admin.getUsername(), ADMIN, call);
  }
}
