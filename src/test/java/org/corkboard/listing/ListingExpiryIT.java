package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.ListingMaintenance;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.control.ListingMails;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.platform.Settings;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SmtpInbox;
import org.corkboard.testing.SqlCounter;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Listings expire at the end of their lifetime and their owners are reminded once before. The
 * maintenance is called directly (the timer runs it once a minute, and may run it at the same time:
 * every mailbox is open before a listing is moved), and a listing is moved towards its end by
 * changing its expiry in the database. Assertions are about the test's own listings and its owner's
 * mailbox: the maintenance also handles other tests' listings.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ListingExpiryIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ListingExpiryIT.class);
  }

  @Inject Listings listings;
  @Inject ListingMaintenance maintenance;
  @Inject ListingRules rules;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject Clock clock;
  @Inject SqlCounter sql;

  private Account owner;

  @BeforeEach
  void createOwner() {
    owner = testAccounts.create("lamps");
  }

  @Test
  void aListingPastItsExpiryExpiresAndStaysVisibleByItsLink() throws Exception {
    long due = post("Brass desk lamp");
    long notDue = post("Paper floor lamp");
    testListings.moveExpiry(due, clock.instant().minusSeconds(60));

    maintenance.expireDue();

    var page = anonymously(() -> listings.page(due)).orElseThrow();
    assertThat(page.listing().getStatus()).isEqualTo(ListingStatus.EXPIRED);
    assertThat(page.listing().getEndedAt()).isNotNull();
    Listing untouched = testListings.reload(notDue);
    assertThat(untouched.getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(untouched.getEndedAt()).isNull();
  }

  /** As when the timer fires while the maintenance is run directly (these tests do so). */
  @Test
  void twoRunsAtOnceBothSucceed() throws Exception {
    testListings.overdueListingsFor(owner.getId(), 40);
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Integer> run =
        () -> {
          start.await();
          return maintenance.expireDue();
        };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (Future<Integer> each : threads.invokeAll(List.of(run, run))) {
        each.get(); // throws if that run failed
      }
      assertThat(testListings.statusesOf(owner.getId()))
          .hasSize(40)
          .containsOnly(ListingStatus.EXPIRED);
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void anOwnerIsRemindedOnceUntilTheListingIsRenewed() throws Exception {
    try (SmtpInbox inbox = SmtpInbox.start()) {
      long id = post("Green desk lamp");
      testListings.moveExpiry(id, clock.instant().plus(Duration.ofDays(2)));
      Instant expiresAt = testListings.reload(id).getExpiresAt();

      maintenance.remindDue();

      MimeMessage reminder = inbox.await(owner.getEmail(), 1);
      assertThat(SmtpInbox.subject(reminder))
          .isEqualTo("Your listing “Green desk lamp” expires on " + ListingMails.day(expiresAt));
      assertThat(SmtpInbox.body(reminder))
          .contains("Green desk lamp")
          .contains(Settings.baseUrl() + "/listings/" + id)
          .contains(Settings.baseUrl() + "/listing/mine");

      maintenance.remindDue();
      assertThat(inbox.settled(owner.getEmail())).as("no second reminder").hasSize(1);

      as(owner.getUsername(), USER, run(() -> listings.renew(id)));
      testListings.moveExpiry(id, clock.instant().plus(Duration.ofDays(1)));
      maintenance.remindDue();
      inbox.await(owner.getEmail(), 2);
    }
  }

  @Test
  void remindersReadTheirOwnersTogetherWithTheListings() throws Exception {
    List<Account> owners = new ArrayList<>();
    try (SmtpInbox inbox = SmtpInbox.start()) {
      for (int i = 1; i <= 3; i++) {
        Account each = testAccounts.create("reminded");
        long id = as(each.getUsername(), USER, () -> listings.post(lamp("Reading lamp")));
        testListings.moveExpiry(id, clock.instant().plus(Duration.ofDays(2)));
        owners.add(each);
      }
      try (var ownerReads = sql.reading(Account.class)) {
        maintenance.remindDue();
        assertThat(ownerReads.statements()).as("owners read one by one").isZero();
      }
      for (Account each : owners) {
        inbox.await(each.getEmail(), 1);
      }
    }
  }

  @Test
  void renewingAnExpiredListingMakesItActiveForAFullLifetime() throws Exception {
    long id = post("Old standard lamp");
    testListings.moveExpiry(id, clock.instant().minusSeconds(60));
    maintenance.expireDue();
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.EXPIRED);

    Instant renewedAt = clock.instant();
    as(owner.getUsername(), USER, run(() -> listings.renew(id)));

    Listing renewed = testListings.reload(id);
    assertThat(renewed.getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(renewed.getEndedAt()).isNull();
    assertThat(renewed.getExpiresAt())
        .isCloseTo(renewedAt.plus(rules.lifetime()), within(1, ChronoUnit.MINUTES));
  }

  private long post(String title) throws Exception {
    return as(owner.getUsername(), USER, () -> listings.post(lamp(title)));
  }

  private ListingForm lamp(String title) {
    long category = categories.bySlug("home-garden").orElseThrow().id();
    return ListingForms.item(
        ListingType.FOR_SALE,
        category,
        title,
        "Works well, with a new bulb.",
        PriceMode.FIXED,
        new BigDecimal("25"));
  }
}
