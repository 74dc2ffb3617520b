package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.control.ListingChangeFeed;
import org.corkboard.listing.entity.ListingChange;
import org.corkboard.listing.entity.ListingChanges;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every committed write of a listing is announced on the corkboard.listing-changes topic with its
 * id, and the database answers what was written or deleted since a moment; a rolled-back write
 * announces nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ListingChangeFeedIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ListingChangeFeedIT.class);
  }

  @Inject Listings listings;
  @Inject ListingChangeFeed feed;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/topic/corkboard.listing-changes")
  Topic topic;

  private Account owner;
  private JMSContext jms;
  private JMSConsumer announcements;

  @BeforeEach
  void listen() {
    owner = testAccounts.create("feed");
    jms = connections.createContext();
    announcements = jms.createConsumer(topic);
  }

  @AfterEach
  void stopListening() {
    jms.close();
  }

  @Test
  void eachCommittedWriteIsAnnouncedAndFoundSinceItsMoment() throws Exception {
    Instant before = Instant.now().minusMillis(1);

    long id = as(owner.getUsername(), USER, () -> listings.post(lamp("Desk lamp")));
    assertThat(announced()).contains(id);
    as(owner.getUsername(), USER, run(() -> listings.close(id, false)));
    assertThat(announced()).contains(id);

    assertThat(feed.writtenSince(before, 0, 1000))
        .extracting(ListingChange::listingId)
        .containsOnlyOnce(id);
    assertThat(feed.deletedSince(before)).extracting(ListingChange::listingId).doesNotContain(id);

    as(owner.getUsername(), USER, run(() -> listings.delete(id)));
    assertThat(announced()).contains(id);
    assertThat(feed.writtenSince(before, 0, 1000))
        .extracting(ListingChange::listingId)
        .doesNotContain(id);
    assertThat(feed.deletedSince(before)).extracting(ListingChange::listingId).containsExactly(id);

    forgetDeletionsBefore(Instant.now().minusSeconds(60));
    assertThat(feed.deletedSince(before)).as("kept while recent").hasSize(1);
    forgetDeletionsBefore(Instant.now().plusSeconds(60));
    assertThat(feed.deletedSince(before)).as("forgotten once old").isEmpty();
  }

  @Test
  void writtenListingsArePagedByMomentAndId() throws Exception {
    Instant before = Instant.now().minusMillis(1);
    List<Long> posted = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String title = "Reading lamp " + i;
      posted.add(as(owner.getUsername(), USER, () -> listings.post(lamp(title))));
    }

    List<ListingChange> first = feed.writtenSince(before, 0, 2);
    ListingChange last = first.get(first.size() - 1);
    List<ListingChange> next = feed.writtenSince(last.at(), last.listingId(), 1000);

    List<Long> all = new ArrayList<>(first.stream().map(ListingChange::listingId).toList());
    all.addAll(next.stream().map(ListingChange::listingId).toList());
    assertThat(all).containsSubsequence(posted).doesNotHaveDuplicates();
  }

  @Test
  void theWritesOfOneTransactionAreAnnouncedTogether() throws Exception {
    transaction.begin();
    long first = as(owner.getUsername(), USER, () -> listings.post(lamp("Floor lamp")));
    long second = as(owner.getUsername(), USER, () -> listings.post(lamp("Wall lamp")));
    transaction.commit();

    assertThat(announcements(5000)).as("one message with both").contains(List.of(first, second));
  }

  @Test
  void aRolledBackWriteAnnouncesNothing() throws Exception {
    Instant before = Instant.now().minusMillis(1);
    long id;
    transaction.begin();
    try {
      id = as(owner.getUsername(), USER, () -> listings.post(lamp("Never posted")));
    } finally {
      transaction.rollback();
    }

    assertThat(announced(1500)).doesNotContain(id);
    assertThat(feed.writtenSince(before, 0, 1000))
        .extracting(ListingChange::listingId)
        .doesNotContain(id);
  }

  private void forgetDeletionsBefore(Instant moment) throws Exception {
    transaction.begin();
    feed.forgetDeletionsBefore(moment);
    transaction.commit();
  }

  /** The ids announced within a few seconds, until the topic stays quiet for a moment. */
  private List<Long> announced() throws JMSException {
    return announced(5000);
  }

  private List<Long> announced(long firstWithinMillis) throws JMSException {
    return announcements(firstWithinMillis).stream().flatMap(List::stream).toList();
  }

  /** The ids of each announcement within a few seconds, until the topic stays quiet a moment. */
  private List<List<Long>> announcements(long firstWithinMillis) throws JMSException {
    List<List<Long>> received = new ArrayList<>();
    Message message = announcements.receive(firstWithinMillis);
    while (message != null) {
      received.add(ListingChanges.ids(message));
      message = announcements.receive(300);
    }
    return received;
  }

  private ListingForm lamp(String title) {
    long category = categories.bySlug("bikes").orElseThrow().id();
    return ListingForms.item(
        ListingType.FOR_SALE,
        category,
        title,
        "Warm light for the evening.",
        PriceMode.FIXED,
        new BigDecimal("15"));
  }
}
