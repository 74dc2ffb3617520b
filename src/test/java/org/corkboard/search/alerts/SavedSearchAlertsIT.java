package org.corkboard.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.notification.boundary.NotificationEntry;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;
import org.corkboard.search.boundary.SavedSearchAlerts;
import org.corkboard.search.boundary.SavedSearchDigests;
import org.corkboard.search.boundary.SavedSearches;
import org.corkboard.search.entity.AlertMail;
import org.corkboard.search.entity.Frequency;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SmtpInbox;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved searches tell their owner of each new listing they find exactly once, through the queue of
 * published listings: also when the listing is delivered again or comes back after expiring; never
 * of the owner's own listings, of listings they do not find, or while paused. Daily searches wait
 * for the digest, which groups them by search and leaves out what is no longer public.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SavedSearchAlertsIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SavedSearchAlertsIT.class, ListingForms.class);
  }

  @Inject SavedSearches savedSearches;
  @Inject SavedSearchAlerts alerts;
  @Inject SavedSearchDigests digests;
  @Inject Notifications notifications;
  @Inject Listings listings;
  @Inject AlertFixtures fixtures;
  @Inject TestAccounts testAccounts;
  @Inject UserTransaction transaction;

  private Account searcher;
  private Account seller;
  private String word;

  @BeforeEach
  void createPeople() {
    searcher = testAccounts.create("searcher");
    seller = testAccounts.create("seller");
    word = AlertFixtures.newWord();
  }

  @Test
  void aMatchingListingIsToldOnceWhateverIsDeliveredAgain() throws Exception {
    long search = save("Bikes", "q=" + word + "&max=200", Frequency.IMMEDIATE);
    try (SmtpInbox inbox = SmtpInbox.start()) {
      long listing = fixtures.post(seller, "Blue " + word + " bike", "150");
      assertThat(awaitAlerts(search, 1)).containsExactly(AlertMail.MAILED);
      MimeMessage mail = inbox.await(searcher.getEmail(), 1);
      assertThat(SmtpInbox.subject(mail))
          .isEqualTo("Corkboard: new listing for your search “Bikes”");
      assertThat(SmtpInbox.body(mail))
          .contains("Blue " + word + " bike")
          .contains(Settings.baseUrl() + "/listings/" + listing + "/")
          .contains(Settings.baseUrl() + "/account/search-alerts?token=");

      assertThat(inTransaction(() -> alerts.match(listing))).as("invoked again").isZero();
      assertThat(inTransaction(() -> alerts.match(listing))).isZero();
      fixtures.announceAgain(listing);
      fixtures.announceAgain(listing);
      Thread.sleep(2_000);

      assertThat(fixtures.alertsOf(search)).hasSize(1);
      assertThat(savedSearchNotifications()).hasSize(1);
      assertThat(inbox.settled(searcher.getEmail())).as("one e-mail").hasSize(1);
    }
  }

  @Test
  void aListingBackAfterExpiringIsNotToldAgainButNewSearchesHearOfIt() throws Exception {
    long first = save("First", "q=" + word, Frequency.IMMEDIATE);
    long listing = fixtures.post(seller, "Green " + word + " bike", "90");
    awaitAlerts(first, 1);
    long later = save("Later", "q=" + word, Frequency.IMMEDIATE);

    inTransaction(run(() -> fixtures.expire(listing)));
    as(seller.getUsername(), USER, () -> listings.renew(listing));

    awaitAlerts(later, 1);
    assertThat(fixtures.alertsOf(first)).as("told once").hasSize(1);
    assertThat(savedSearchNotifications()).hasSize(2);
  }

  @Test
  void nothingIsToldOfOnesOwnListingsOfOthersOrWhilePaused() throws Exception {
    long mine = save("Mine", "q=" + word, Frequency.IMMEDIATE);
    long other = save("Other", "q=" + word + "+trailer", Frequency.IMMEDIATE);
    long paused = save("Paused", "q=" + word, Frequency.IMMEDIATE);
    as(searcher.getUsername(), USER, run(() -> savedSearches.pause(paused, true)));

    long own = fixtures.post(searcher, "My own " + word + " bike", "100");
    long bike = fixtures.post(seller, "Plain " + word + " bike", "100");
    awaitAlerts(mine, 1);
    Thread.sleep(1_000);

    assertThat(inTransaction(() -> alerts.match(own))).isZero();
    assertThat(inTransaction(() -> alerts.match(bike))).as("the one match was made").isZero();
    assertThat(fixtures.alertsOf(mine)).as("the seller's listing only").hasSize(1);
    assertThat(fixtures.alertsOf(other)).isEmpty();
    assertThat(fixtures.alertsOf(paused)).isEmpty();
    assertThat(savedSearchNotifications())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).contains("Plain " + word + " bike"));
  }

  @Test
  void theDigestGroupsTheDaysListingsBySearchAndLeavesOutWithdrawnOnes() throws Exception {
    long bikes = save("Daily bikes", "q=" + word, Frequency.DAILY);
    long cheap = save("Cheap ones", "q=" + word + "&max=50", Frequency.DAILY);
    try (SmtpInbox inbox = SmtpInbox.start()) {
      fixtures.post(seller, "Cheap " + word + " bike", "40");
      fixtures.post(seller, "Dear " + word + " bike", "400");
      long withdrawn = fixtures.post(seller, "Sold " + word + " bike", "45");
      awaitAlerts(bikes, 3);
      awaitAlerts(cheap, 2);
      assertThat(savedSearchNotifications()).as("in the centre at once").hasSize(5);
      as(seller.getUsername(), USER, run(() -> listings.close(withdrawn, true)));
      Thread.sleep(1_500);
      assertThat(inbox.to(searcher.getEmail())).as("nothing by e-mail yet").isEmpty();

      assertThat(inTransaction(digests::queueAll)).isPositive();
      MimeMessage digest = inbox.await(searcher.getEmail(), 1);
      assertThat(SmtpInbox.subject(digest))
          .isEqualTo("Corkboard: 3 new listings for your saved searches");
      String body = SmtpInbox.body(digest);
      assertThat(body)
          .doesNotContain("Sold " + word)
          .contains(Settings.baseUrl() + "/account/search-alerts?token=");
      String cheapGroup =
          body.substring(body.indexOf("“Cheap ones”"), body.indexOf("“Daily bikes”"));
      String bikesGroup =
          body.substring(body.indexOf("“Daily bikes”"), body.indexOf("You get this e-mail"));
      assertThat(cheapGroup).contains("Cheap " + word).doesNotContain("Dear " + word);
      assertThat(bikesGroup).contains("Cheap " + word).contains("Dear " + word);
      assertThat(fixtures.alertsOf(bikes))
          .containsExactlyInAnyOrder(AlertMail.DIGESTED, AlertMail.DIGESTED, AlertMail.LEFT_OUT);
      assertThat(inTransaction(() -> digests.send(searcher.getId()))).as("sent once").isZero();
      assertThat(inbox.settled(searcher.getEmail())).hasSize(1);
    }
  }

  @Test
  void aDigestWithNothingLeftIsNotSent() throws Exception {
    long search = save("Gone", "q=" + word, Frequency.DAILY);
    long listing = fixtures.post(seller, "Gone " + word + " bike", "40");
    awaitAlerts(search, 1);
    as(seller.getUsername(), USER, run(() -> listings.delete(listing)));
    try (SmtpInbox inbox = SmtpInbox.start()) {
      assertThat(inTransaction(() -> digests.send(searcher.getId()))).isZero();
      assertThat(inbox.settled(searcher.getEmail())).isEmpty();
    }
    assertThat(fixtures.alertsOf(search)).as("deleted with the listing").isEmpty();
  }

  private long save(String name, String query, Frequency frequency) throws Exception {
    as(searcher.getUsername(), USER, () -> savedSearches.save(query, name, frequency));
    return fixtures.savedSearchId(searcher, name);
  }

  /** The alerts of the search once there are this many (or after ten seconds). */
  private List<AlertMail> awaitAlerts(long savedSearchId, int count) throws InterruptedException {
    List<AlertMail> alerts = fixtures.alertsOf(savedSearchId);
    for (int i = 0; i < 100 && alerts.size() < count; i++) {
      Thread.sleep(100);
      alerts = fixtures.alertsOf(savedSearchId);
    }
    assertThat(alerts).hasSize(count);
    return alerts;
  }

  private List<NotificationEntry> savedSearchNotifications() throws Exception {
    return as(searcher.getUsername(), USER, () -> notifications.mine(0, 50)).stream()
        .filter(n -> n.kind() == NotificationKind.SAVED_SEARCH)
        .toList();
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }
}
