package org.corkboard.listing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
