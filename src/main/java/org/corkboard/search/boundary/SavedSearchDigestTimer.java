package org.corkboard.search.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.corkboard.platform.DigestHour;

/**
 * Asks for the daily digests of saved-search alerts at the hour of the notification digests ({@link
 * DigestHour}), on one node of a cluster (a persistent timer). Each person's digest is then made
 * and mailed by the digest queue in a transaction of its own, so one failure holds back nobody else
 * and is tried again.
 */
@Singleton
public class SavedSearchDigestTimer {

  private static final System.Logger LOG = System.getLogger(SavedSearchDigestTimer.class.getName());

  @Inject SavedSearchDigests digests;

  @Schedule(hour = "*", minute = "0", persistent = true)
  void everyHour() {
    if (DigestHour.isNow()) {
      LOG.log(Level.INFO, "Saved-search digests asked for: {0}", digests.queueAll());
    }
  }
}
