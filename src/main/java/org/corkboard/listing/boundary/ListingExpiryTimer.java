package org.corkboard.listing.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.function.IntSupplier;

/**
 * Every ten minutes, expires the listings whose time is up and then reminds the owners of those
 * that expire soon (in this order, so that nobody is reminded of a listing that has already ended).
 * The work and its transactions are {@link ListingMaintenance}'s; this only triggers and reports.
 *
 * <p>The timer is not persistent, so it needs no timer store shared between nodes; it is created
 * afresh at each deployment. With several nodes, each node runs it. That is safe because the work
 * is idempotent: a listing expired or reminded by one node is no longer due for another, and if two
 * nodes take the same listing at the same moment, its version check rolls back one node's batch,
 * together with the e-mails that batch queued.
 */
@Singleton
public class ListingExpiryTimer {

  private static final System.Logger LOG = System.getLogger(ListingExpiryTimer.class.getName());

  @Inject ListingMaintenance maintenance;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    int expired = attempt(maintenance::expireDue);
    int reminded = attempt(maintenance::remindDue);
    attempt(maintenance::forgetOldDeletions);
    if (expired > 0 || reminded > 0) {
      LOG.log(
          Level.INFO, "Listings: {0} expired, {1} owners reminded of an expiry", expired, reminded);
    }
  }

  /** A failed step is logged and left to the next run, which starts over from the database. */
  private static int attempt(IntSupplier step) {
    try {
      return step.getAsInt();
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Listing maintenance stopped early; the next run goes on", e);
      return 0;
    }
  }
}
