package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;

/**
 * A suspended person's listings: hidden while the suspension lasts, shown again when it has ended.
 * Each listing changes through its entity, so the search indexes hear of it as of any change.
 */
@ApplicationScoped
public class SuspensionHolds {

  @PersistenceContext EntityManager em;

  /** Hides the person's active listings; those hidden already keep their own hold. */
  public void hideListingsOf(Account owner, String reason, Instant now) {
    em.createQuery(
            "SELECT l FROM Listing l WHERE l.owner = :owner AND l.status = :active", Listing.class)
        .setParameter("owner", owner)
        .setParameter("active", ListingStatus.ACTIVE)
        .getResultList()
        .forEach(l -> l.hide(ListingHold.SUSPENSION, reason, now));
  }

  /** Up to {@code limit} listings held for a suspension that has ended by now. */
  public List<Listing> endedBy(Instant now, int limit) {
    return em.createQuery(
            "SELECT l FROM Listing l JOIN l.owner a WHERE l.status = :hidden AND l.hold = :hold"
                + " AND (a.suspendedUntil IS NULL OR a.suspendedUntil <= :now) ORDER BY l.id",
            Listing.class)
        .setParameter("hidden", ListingStatus.HIDDEN)
        .setParameter("hold", ListingHold.SUSPENSION)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }
}
