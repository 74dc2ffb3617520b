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
}
