package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.corkboard.account.entity.AccountDeactivated;
import org.corkboard.account.entity.AccountReactivated;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;

/**
 * A deactivated person's listings: hidden (not deleted) while the account is deactivated, shown
 * again when it is reactivated, in the transaction of the change. Each listing changes through its
 * entity, so the search indexes hear of it as of any change. Listings held for a suspension are
 * held for the deactivation instead, so that the end of the suspension does not show them; on
 * reactivation they are held for the suspension again if it still lasts.
 */
@ApplicationScoped
public class DeactivationHolds {

  static final String REASON = "The owner's account is deactivated.";

  @PersistenceContext EntityManager em;

  void deactivated(@Observes AccountDeactivated deactivated) {
    em.createQuery(
            "SELECT l FROM Listing l WHERE l.owner = :owner AND (l.status = :active"
                + " OR (l.status = :hidden AND l.hold = :suspension))",
            Listing.class)
        .setParameter("owner", deactivated.account())
        .setParameter("active", ListingStatus.ACTIVE)
        .setParameter("hidden", ListingStatus.HIDDEN)
        .setParameter("suspension", ListingHold.SUSPENSION)
        .getResultList()
        .forEach(l -> l.hide(ListingHold.DEACTIVATION, REASON, deactivated.at()));
  }

  void reactivated(@Observes AccountReactivated reactivated) {
    boolean suspended = reactivated.account().isSuspendedAt(reactivated.at());
    held(reactivated)
        .forEach(
            l -> {
              if (suspended) {
                l.hide(ListingHold.SUSPENSION, "Your account is suspended.", reactivated.at());
              } else {
                l.restore(reactivated.at());
              }
            });
  }

  private List<Listing> held(AccountReactivated reactivated) {
    return em.createQuery(
            "SELECT l FROM Listing l WHERE l.owner = :owner AND l.status = :hidden"
                + " AND l.hold = :deactivation",
            Listing.class)
        .setParameter("owner", reactivated.account())
        .setParameter("hidden", ListingStatus.HIDDEN)
        .setParameter("deactivation", ListingHold.DEACTIVATION)
        .getResultList();
  }
}
