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
 * Every minute, expires the listings whose time is up and then reminds the owners of those that
 * expire soon (in this order, so that nobody is reminded of a listing that has already ended). The
 * work and its transactions are {@link ListingMaintenance}'s; this only triggers and reports.
 *
 * <p>The timer is persistent: with several nodes, WildFly's timer service (distributed over the
 * cluster's Infinispan caches in the HA configuration) fires each timeout on one node only, and on
 * another when that node is gone. The work is idempotent as well: a listing expired or reminded is
 * no longer due, and if two runs took the same listing at once, its version check would roll back
 * one batch, together with the e-mails that batch queued.
 */
@Singleton
public class ListingExpiryTimer {

  private static final System.Logger LOG = System.getLogger(ListingExpiryTimer.class.getName());

  @Inject ListingMaintenance maintenance;

  @Schedule(hour = "*", minute = "*", persistent = true)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    int expired = attempt(maintenance::expireDue);
    int reminded = attempt(maintenance::remindDue);
    attempt(maintenance::forgetOldDeletions);
    // Every run at DEBUG: what shows that a cluster runs it once a minute, not once a node.
    Level level = expired > 0 || reminded > 0 ? Level.INFO : Level.DEBUG;
    LOG.log(level, "Listings: {0} expired, {1} owners reminded of an expiry", expired, reminded);
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
