package org.corkboard.listing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.entity.Listing;

/** Reads listings back for in-container tests, bypassing the services' checks. */
@Stateless
@PermitAll
public class TestListings {

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

  /** Gives the account this many active listings at once, as if posted over time. */
  public void activeListingsFor(long accountId, int count) {
    var owner = em.find(org.corkboard.account.entity.Account.class, accountId);
    var category =
        em.createQuery(
                "SELECT c FROM Category c WHERE c.slug = 'books-media'",
                org.corkboard.category.entity.Category.class)
            .getSingleResult();
    var now = java.time.Instant.now();
    for (int i = 0; i < count; i++) {
      var listing = new Listing(owner, now);
      listing.describe(
          org.corkboard.listing.entity.ListingType.FOR_SALE,
          "Old book " + i,
          "Read once.",
          category,
          org.corkboard.listing.entity.Price.of(
              org.corkboard.listing.entity.PriceMode.FIXED, java.math.BigDecimal.TEN, "EUR"),
          null,
          org.corkboard.listing.entity.Location.of(null, "Berlin", null),
          java.util.Map.of(),
          now);
      listing.publish(now, java.time.Duration.ofDays(30));
      em.persist(listing);
    }
  }
}
