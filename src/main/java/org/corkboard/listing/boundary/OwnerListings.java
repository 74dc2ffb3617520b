package org.corkboard.listing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.platform.ActiveAccountsOnly;

/** Someone's listings in every state, for administrators (a person's page in the console). */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class OwnerListings {

  @Inject ListingRepository repository;
  @PersistenceContext EntityManager em;

  /** A listing as a person's page shows it: its title (linked) and where it stands. */
  public record Line(long id, String title, ListingStatus status, Instant publishedAt)
      implements Serializable {}

  /** The person's listings, most recently changed first. */
  public List<Line> of(long accountId) {
    return repository.allOfOwner(em.getReference(Account.class, accountId)).stream()
        .map(card -> new Line(card.id(), card.title(), card.status(), card.publishedAt()))
        .toList();
  }
}
