package org.corkboard.favourite.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.favourite.control.FavouriteRepository;
import org.corkboard.favourite.entity.Favourite;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.platform.Pages;
import org.corkboard.platform.Refused;

/**
 * The signed-in person's favourites: saving a listing others can find (never one's own), unsaving,
 * the list, and which listings of a page are saved. Saving and unsaving say what the person wants,
 * not "toggle", so that sending either twice leaves the same result.
 */
@Stateless
@RolesAllowed(Role.USER_NAME)
public class Favourites {

  public static final int PAGE_SIZE = 24;

  /** The most listing ids {@link #marks} answers for at once: a page shows far fewer. */
  static final int MAX_MARKS = 200;

  @Inject FavouriteRepository repository;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  /** One page of the person's favourites, newest first. */
  public record FavouritesPage(List<ListingCard> cards, int page, int pages, long total) {}

  /** Of some listings, those the person saved and those that are their own. */
  public record Marks(Set<Long> favoured, Set<Long> own) {

    public static final Marks NONE = new Marks(Set.of(), Set.of());
  }

  /** Saves the listing to the person's favourites; nothing changes if it is saved already. */
  public void add(long listingId) {
    Account person = current.account();
    Listing listing =
        repository
            .listing(listingId)
            .filter(l -> l.isVisibleTo(person, current.isStaff()))
            .orElseThrow(() -> new Refused("There is no such listing."));
    if (listing.getOwner().equals(person)) {
      throw new Refused("This is your own listing: only others' listings can be favourites.");
    }
    if (!listing.getStatus().isListed()) {
      throw new Refused(
          "This listing is no longer up, so it cannot be saved to your favourites any more.");
    }
    repository.lockFavouritesOf(person.getId());
    if (repository.find(person.getId(), listingId).isEmpty()) {
      repository.store(new Favourite(person.getId(), listingId, clock.instant()));
    }
  }

  /** Takes the listing out of the person's favourites, if it is there. */
  public void remove(long listingId) {
    repository.remove(current.account().getId(), listingId);
  }

  /** Page {@code page} (from 1) of the person's favourites, those no longer up included. */
  public FavouritesPage mine(int page) {
    long person = current.account().getId();
    long total = repository.countOf(person);
    int pages = Pages.count(total, PAGE_SIZE);
    int shown = Math.min(Math.max(1, page), pages);
    return new FavouritesPage(
        repository.cardsOf(person, (shown - 1) * PAGE_SIZE, PAGE_SIZE), shown, pages, total);
  }

  /**
   * Of the listings, which the person saved and which are their own: one query for all the hearts
   * of a page of cards.
   */
  public Marks marks(Collection<Long> listingIds) {
    if (listingIds == null || listingIds.isEmpty()) {
      return Marks.NONE;
    }
    if (listingIds.size() > MAX_MARKS) {
      throw new Refused("Ask for at most " + MAX_MARKS + " listings at once.");
    }
    Set<Long> favoured = new HashSet<>();
    Set<Long> own = new HashSet<>();
    for (Object[] row :
        repository.ownOrFavoured(current.account().getId(), Set.copyOf(listingIds))) {
      Long id = ((Number) row[0]).longValue();
      if (((Number) row[1]).intValue() == 1) {
        own.add(id);
      } else {
        favoured.add(id);
      }
    }
    return new Marks(Set.copyOf(favoured), Set.copyOf(own));
  }
}
