package org.corkboard.favourite.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.favourite.entity.Favourite;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingStatus;

/** Favourites in the database. A person's list is read as cards, paged in the database. */
@ApplicationScoped
public class FavouriteRepository {

  /** The owner's id as the listing's own column: "l.owner.id" could join the account. */
  private static final String OWNER_ID = "COLUMN('owner_id', l)";

  @PersistenceContext EntityManager em;

  public Optional<Listing> listing(long listingId) {
    return Optional.ofNullable(em.find(Listing.class, listingId));
  }

  public Optional<Favourite> find(long accountId, long listingId) {
    return Optional.ofNullable(em.find(Favourite.class, new Favourite.Key(accountId, listingId)));
  }

  /**
   * Locks the person's account row until the transaction ends: two saves of the same listing at
   * once (a double click, two tabs) then take turns, and the second finds the first's row instead
   * of failing on the primary key.
   */
  public void lockFavouritesOf(long accountId) {
    em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
  }

  public void store(Favourite favourite) {
    em.persist(favourite);
  }

  public void remove(long accountId, long listingId) {
    em.createQuery(
            "DELETE FROM Favourite f WHERE f.accountId = :account AND f.listingId = :listing")
        .setParameter("account", accountId)
        .setParameter("listing", listingId)
        .executeUpdate();
  }

  /**
   * The person's favourites as cards, newest first, whatever state their listings are in, but
   * hidden by moderation (then only their owners see them).
   */
  public List<ListingCard> cardsOf(long accountId, int first, int size) {
    return em.createQuery(
            "SELECT "
                + ListingCard.COLUMNS
                + " FROM Favourite f, Listing l"
                + ListingCard.JOINS
                + "WHERE f.accountId = :account AND l.id = f.listingId AND l.status <> :hidden"
                + " ORDER BY f.createdAt DESC, f.listingId DESC",
            ListingCard.class)
        .setParameter("account", accountId)
        .setParameter("hidden", ListingStatus.HIDDEN)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countOf(long accountId) {
    return em.createQuery(
            "SELECT COUNT(f) FROM Favourite f, Listing l"
                + " WHERE f.accountId = :account AND l.id = f.listingId AND l.status <> :hidden",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("hidden", ListingStatus.HIDDEN)
        .getSingleResult();
  }

  /**
   * Of the listings, those the person owns or favoured, each with whether it is their own: one
   * query for all the hearts of a page, read off the listings' and favourites' primary keys.
   */
  public List<Object[]> ownOrFavoured(long accountId, Collection<Long> listingIds) {
    return em.createQuery(
            "SELECT l.id, CASE WHEN "
                + OWNER_ID
                + " = :account THEN 1 ELSE 0 END FROM Listing l WHERE l.id IN :listings AND ("
                + OWNER_ID
                + " = :account OR EXISTS ("
                + "SELECT f.listingId FROM Favourite f"
                + " WHERE f.listingId = l.id AND f.accountId = :account))",
            Object[].class)
        .setParameter("account", accountId)
        .setParameter("listings", listingIds)
        .getResultList();
  }

  /** Those who saved the listing, but its owner: whom to tell when it changes. */
  public List<Account> favouringOthers(Listing listing) {
    return em.createQuery(
            "SELECT a FROM Favourite f, Account a WHERE f.listingId = :listing"
                + " AND a.id = f.accountId AND a.id <> :owner ORDER BY a.id",
            Account.class)
        .setParameter("listing", listing.getId())
        .setParameter("owner", listing.getOwner().getId())
        .getResultList();
  }
}
