package org.corkboard.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.CategoryAdministration;
import org.corkboard.category.entity.CategoriesChanged;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.search.IndexedIds;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a node keeps is told of what the other nodes of a cluster change. One server plays both
 * parts: it sends its own notices, and it takes a notice marked as another node's as one; the
 * change itself is then made in the database behind the server's back, as another node would.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class NodeNoticesIT {

  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};
  private static final Role[] USER = {Role.USER};
  private static final String ANOTHER_NODE = "another-node";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(NodeNoticesIT.class, ListingForms.class, IndexedIds.class);
  }

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/topic/corkboard.every-node")
  Topic everyNode;

  @Resource(lookup = "java:/jms/topic/corkboard.listing-changes")
  Topic listingChanges;

  @Inject CategoryAdministration administration;
  @Inject Categories categories;
  @Inject Listings listings;
  @Inject TestAccounts testAccounts;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  private String word;

  @BeforeEach
  void chooseWord() {
    word = IndexedIds.randomWord();
  }

  @Test
  void aCategoryChangeIsAnnouncedToTheOtherNodesAsThisNodes() throws Exception {
    Account admin = testAccounts.create("notice-admin", Role.ADMIN);
    try (JMSContext jms = connections.createContext();
        JMSConsumer notices = jms.createConsumer(everyNode)) {
      as(admin.getUsername(), ADMIN, () -> administration.add(null, "Announced " + word));

      Message notice = notices.receive(5_000);
      assertThat(notice).as("a notice on corkboard.every-node").isNotNull();
      assertThat(notice.getBody(String.class)).isEqualTo(CategoriesChanged.class.getName());
      assertThat(ThisNode.sent(notice)).as("marked as this node's").isTrue();
    }
  }

  @Test
  void aCategoryChangedOnAnotherNodeShowsHereAtOnce() throws Exception {
    Account admin = testAccounts.create("notice-admin", Role.ADMIN);
    long id = as(admin.getUsername(), ADMIN, () -> administration.add(null, "Heard " + word));
    assertThat(categories.byId(id).orElseThrow().name()).isEqualTo("Heard " + word);

    update("UPDATE category SET name = ?1 WHERE id = ?2", "Told " + word, id);
    assertThat(categories.byId(id).orElseThrow().name())
        .as("the tree is kept until a notice comes")
        .isEqualTo("Heard " + word);

    try (JMSContext jms = connections.createContext();
        JMSConsumer notices = jms.createConsumer(everyNode)) {
      send(everyNode, CategoriesChanged.class.getName(), ANOTHER_NODE);
      assertThat(within(() -> categories.byId(id).orElseThrow().name(), "Told " + word))
          .isEqualTo("Told " + word);

      assertThat(ThisNode.sent(notices.receive(5_000))).as("the other node's notice").isFalse();
      assertThat(notices.receive(1_000)).as("not sent on again, or two nodes would echo").isNull();
    }
  }

  @Test
  void aListingWrittenOnAnotherNodeIsReadAgainHereAtOnce() throws Exception {
    long id = cachedListing("Blue bike " + word, "Red bike " + word);

    send(listingChanges, String.valueOf(id), ANOTHER_NODE);
    assertThat(within(() -> title(id), "Red bike " + word)).isEqualTo("Red bike " + word);
  }

  @Test
  void aNodeSkipsItsOwnListingAnnouncements() throws Exception {
    long id = cachedListing("Green bike " + word, "Grey bike " + word);

    send(listingChanges, String.valueOf(id), ThisNode.ID);
    Thread.sleep(1_000); // what another node's announcement takes well within
    assertThat(title(id)).as("its own announcement evicts nothing").isEqualTo("Green bike " + word);
  }

  /**
   * A listing posted here, then retitled in the database behind the server's back: the server's
   * shared cache still has the title it was posted with.
   */
  private long cachedListing(String title, String titleInTheDatabase) throws Exception {
    Account owner = testAccounts.create("notice-owner");
    long id =
        as(
            owner.getUsername(),
            USER,
            () -> listings.post(ListingForms.bike(categories, title, new BigDecimal("120"))));
    assertThat(title(id)).isEqualTo(title);
    update("UPDATE listing SET title = ?1 WHERE id = ?2", titleInTheDatabase, id);
    assertThat(title(id)).as("the listing is kept in the shared cache").isEqualTo(title);
    return id;
  }

  private String title(long id) throws Exception {
    return anonymously(() -> listings.page(id).orElseThrow().listing().getTitle());
  }

  private void update(String sql, String value, long id) throws Exception {
    transaction.begin();
    em.joinTransaction();
    em.createNativeQuery(sql).setParameter(1, value).setParameter(2, id).executeUpdate();
    transaction.commit();
  }

  private void send(Topic topic, String body, String origin) {
    try (JMSContext jms = connections.createContext()) {
      jms.createProducer().setProperty(ThisNode.ORIGIN, origin).send(topic, body);
    }
  }

  /** The value once it has become the expected one, or as it is after five seconds. */
  private static <T> T within(Callable<T> value, T expected) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(5));
    T current = value.call();
    while (!current.equals(expected) && Instant.now().isBefore(until)) {
      Thread.sleep(50);
      current = value.call();
    }
    return current;
  }
}
