package org.corkboard.search.alerts;

import static org.corkboard.testing.Identities.as;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.search.entity.AlertMail;

/**
 * Listings and saved-search alerts for in-container tests: listings posted through the service as
 * people post them, the alerts as the database holds them, and ways to make things happen again.
 */
@Stateless
@PermitAll
public class AlertFixtures {

  private static final Role[] USER = {Role.USER};
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Listings listings;
  @Inject Categories categories;
  @PersistenceContext EntityManager em;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.listing-published")
  Queue published;

  /** A word no listing has: what a test's searches and listings have in common. */
  public static String newWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  /** A bike for sale by the seller at the price, published and committed; returns its id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long post(Account seller, String title, String price) throws Exception {
    return as(
        seller.getUsername(),
        USER,
        () ->
            listings.post(
                ListingForms.item(
                    ListingType.FOR_SALE,
                    categories.bySlug("bikes").orElseThrow().id(),
                    title,
                    "A fine bike, ridden to work for two years.",
                    PriceMode.FIXED,
                    new BigDecimal(price))));
  }

  /** The listing's alerts: the saved searches that told of it, and their e-mail states. */
  public List<AlertMail> alertsOf(long savedSearchId) {
    return em.createQuery(
            "SELECT a.mail FROM SavedSearchAlert a WHERE a.savedSearch.id = :search ORDER BY a.id",
            AlertMail.class)
        .setParameter("search", savedSearchId)
        .getResultList();
  }

  public long savedSearchId(Account owner, String name) {
    return em.createQuery(
            "SELECT s.id FROM SavedSearch s WHERE s.owner.id = :owner AND s.name = :name",
            Long.class)
        .setParameter("owner", owner.getId())
        .setParameter("name", name)
        .getSingleResult();
  }

  /** Sends the listing's id to the queue of published listings, as a redelivery would. */
  public void announceAgain(long listingId) {
    jms.createProducer().send(published, listingId);
  }

  /** Lets the listing expire now, as the expiry timer would. */
  public void expire(long listingId) {
    em.createNativeQuery(
            "UPDATE listing SET status = 'EXPIRED', ended_at = updated_at WHERE id = ?1")
        .setParameter(1, listingId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Listing.class, listingId);
  }
}
