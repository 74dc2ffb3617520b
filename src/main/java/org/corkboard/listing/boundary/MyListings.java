package org.corkboard.listing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.entity.ListingCard;

/** The signed-in person's own listings, in every state, and what they do to several at once. */
@Stateless
@RolesAllowed(Role.USER_NAME)
public class MyListings {

  @Inject ListingRepository repository;
  @Inject CurrentAccount current;
  @Inject Listings listings;

  public List<ListingCard> all() {
    return repository.allOfOwner(current.account());
  }

  /** Why each of one's hidden listings is hidden, by listing id. */
  public Map<Long, String> holdReasons() {
    return repository.holdReasonsOfOwner(current.account());
  }

  /** Renews each of the listings; all or nothing. */
  public void renewAll(List<Long> ids) {
    ids.forEach(listings::renew);
  }

  /** Closes each of the listings; all or nothing. */
  public void closeAll(List<Long> ids) {
    ids.forEach(id -> listings.close(id, false));
  }
}
