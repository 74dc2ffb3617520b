package org.corkboard.moderation.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Every minute, shows again the listings of people whose suspension has ended.
 *
 * <p>Why a timer on every node rather than a timer per suspension or a check at read time: signing
 * in and posting compare the suspension's end with the clock when they happen, so they are exact on
 * any node. Listings are hidden by their status, so browsing, search indexes (which hear of every
 * change) and every list need no knowledge of suspensions; they must then be shown again by a
 * change. A persistent timer per suspension lives in the store of the node that made it and would
 * not fire while that node is down; this non-persistent timer runs on each node, and the work is
 * idempotent: a listing shown again by one node is no longer held for the other, and two nodes
 * taking the same listing at once are parted by its version check, which rolls one batch back.
 */
@Singleton
public class SuspensionEnds {

  private static final System.Logger LOG = System.getLogger(SuspensionEnds.class.getName());

  @Inject SuspensionSweep sweep;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      int shown = 0;
      int batch;
      do {
        batch = sweep.showEnded();
        shown += batch;
      } while (batch == SuspensionSweep.BATCH);
      if (shown > 0) {
        LOG.log(Level.INFO, "Suspensions ended: {0} listings shown again", shown);
      }
    } catch (EJBException e) {
      LOG.log(
          Level.WARNING, "Showing listings after suspensions stopped early; next run goes on", e);
    }
  }
}
