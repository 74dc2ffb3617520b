package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.moderation.entity.Suspension;

/**
 * A suspended person's listings: hidden while the suspension lasts, shown again when it has ended.
 * Each listing changes through its entity, so the search indexes hear of it as of any change.
 */
@ApplicationScoped
public class SuspensionHolds {

  @PersistenceContext EntityManager em;

  /**
   * Suspends the person for that many days (see {@link Suspension#endsAt}) and hides their active
   * listings meanwhile; returns what they are told.
   */
  public String suspend(Account person, String reason, Integer days, Instant now) {
    person.suspend(Suspension.endsAt(now, days), reason);
    String until = CurrentAccount.day(person);
    hideListingsOf(person, "Your account is suspended until " + until + ".", now);
    return "Your account is suspended until "
        + until
        + ": "
        + reason
        + " Until then you cannot sign in or post, and your listings are hidden.";
  }

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
