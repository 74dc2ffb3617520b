package org.corkboard.moderation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.corkboard.listing.entity.Listing;
import org.corkboard.moderation.control.SuspensionHolds;

/** Shows again, a batch at a time, the listings held for suspensions that have ended. */
@Stateless
@PermitAll
public class SuspensionSweep {

  static final int BATCH = 200;

  @Inject SuspensionHolds holds;
  @Inject Clock clock;

  /** One batch in a transaction of its own; returns how many listings it showed again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int showEnded() {
    Instant now = clock.instant();
    List<Listing> ended = holds.endedBy(now, BATCH);
    ended.forEach(l -> l.restore(now));
    return ended.size();
  }
}
