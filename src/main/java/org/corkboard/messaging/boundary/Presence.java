package org.corkboard.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Role;
import org.corkboard.messaging.control.LastActivity;

/**
 * Records that the caller is active, for the "online now" / "active 5 minutes ago" beside their
 * name in conversations. The time is stored on the account in the shared database, so every node
 * sees it (to the minute); an open socket counts as "online" only on the node that holds it (see
 * web/OpenSockets), so on another node a person idle on an open page for over two minutes shows as
 * "active … ago".
 */
@Stateless
@RolesAllowed(Role.USER_NAME)
public class Presence {

  /** How stale the stored time may get while the person is active. */
  public static final Duration RESOLUTION = Duration.ofMinutes(1);

  @Inject CurrentAccount current;
  @Inject LastActivity lastActivity;
  @Inject Clock clock;

  public void active() {
    lastActivity.record(current.account().getId(), clock.instant(), RESOLUTION);
  }
}
