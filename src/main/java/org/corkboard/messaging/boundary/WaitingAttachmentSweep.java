package org.corkboard.messaging.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.corkboard.messaging.control.ConversationRepository;

/**
 * Every hour, removes the files chosen for a message that was never sent, a day after they were
 * chosen (a page closed without sending). Like the other maintenance timers it is persistent, so a
 * cluster runs it on one node.
 */
@Singleton
@PermitAll
public class WaitingAttachmentSweep {

  private static final System.Logger LOG = System.getLogger(WaitingAttachmentSweep.class.getName());

  /** How long a chosen file waits for its message. */
  static final Duration KEPT = Duration.ofDays(1);

  @Inject ConversationRepository repository;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "23", persistent = true)
  void run() {
    int removed = sweep(clock.instant().minus(KEPT));
    if (removed > 0) {
      LOG.log(Level.INFO, "Removed {0} attachments chosen a day ago and never sent", removed);
    }
  }

  /** Removes the files chosen before the instant and still waiting; returns how many. */
  public int sweep(Instant chosenBefore) {
    return repository.removeWaitingChosenBefore(chosenBefore);
  }
}
