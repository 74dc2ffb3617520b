package org.corkboard.listing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.entity.ListingCard;

/** Someone's listings in every state, for administrators (a person's page in the console). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OwnerListings {

  @Inject ListingRepository repository;
  @PersistenceContext EntityManager em;

  /** The person's listings, most recently changed first. */
  public List<ListingCard> of(long accountId) {
    return repository.allOfOwner(em.getReference(Account.class, accountId));
  }
}
