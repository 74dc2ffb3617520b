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
 * <p>Why a timer rather than a timer per suspension or a check at read time: signing in and posting
 * compare the suspension's end with the clock when they happen, so they are exact on any node.
 * Listings are hidden by their status, so browsing, search indexes (which hear of every change) and
 * every list need no knowledge of suspensions; they must then be shown again by a change. The timer
 * is persistent, so a cluster runs it on one of its nodes each minute; the work is idempotent all
 * the same: a listing shown again is no longer held, and its version check parts two runs.
 */
@Singleton
public class SuspensionEnds {

  private static final System.Logger LOG = System.getLogger(SuspensionEnds.class.getName());

  @Inject SuspensionSweep sweep;

  @Schedule(hour = "*", minute = "*", persistent = true)
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
