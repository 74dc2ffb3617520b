package org.corkboard.listing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.category.entity.Category;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Location;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;

/** Reads listings back for in-container tests, bypassing the services' checks. */
@Stateless
@PermitAll
public class TestListings {

  private static final Duration LIFETIME = Duration.ofDays(30);

  @Inject ListingRepository repository;
  @PersistenceContext EntityManager em;

  public Listing reload(long id) {
    Listing listing = repository.find(id).orElseThrow();
    em.refresh(listing);
    listing.getCategory().getName();
    return listing;
  }

  public boolean exists(long id) {
    return repository.find(id).isPresent();
  }

  /**
   * Moves the listing's expiry, as if time had passed. Plain SQL, so that nothing but expires_at
   * changes (not even the version); the next read sees the new value.
   */
  public void moveExpiry(long id, Instant expiresAt) {
    em.createNativeQuery("UPDATE listing SET expires_at = ?1 WHERE id = ?2")
        .setParameter(1, expiresAt.atOffset(ZoneOffset.UTC))
        .setParameter(2, id)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Listing.class, id);
  }

  /** The statuses of the account's listings, one per listing. */
  public List<ListingStatus> statusesOf(long accountId) {
    return em.createQuery(
            "SELECT l.status FROM Listing l WHERE l.owner.id = :owner", ListingStatus.class)
        .setParameter("owner", accountId)
        .getResultList();
  }

  /** Gives the account this many active listings at once, as if posted over time. */
  public void activeListingsFor(long accountId, int count) {
    listingsFor(accountId, count, Instant.now());
  }

  /** Gives the account this many listings whose lifetime ended a day ago, still active. */
  public void overdueListingsFor(long accountId, int count) {
    listingsFor(accountId, count, Instant.now().minus(LIFETIME).minus(Duration.ofDays(1)));
  }

  private void listingsFor(long accountId, int count, Instant publishedAt) {
    Account owner = em.find(Account.class, accountId);
    Category category =
        em.createQuery("SELECT c FROM Category c WHERE c.slug = 'books-media'", Category.class)
            .getSingleResult();
    for (int i = 0; i < count; i++) {
      Listing listing = new Listing(owner, publishedAt);
      listing.describe(
          ListingType.FOR_SALE,
          "Old book " + i,
          "Read once.",
          category,
          Price.of(PriceMode.FIXED, BigDecimal.TEN, "EUR"),
          null,
          Location.of(null, "Berlin", null),
          Map.of(),
          publishedAt);
      listing.publish(publishedAt, LIFETIME);
      em.persist(listing);
    }
  }
}
