package org.corkboard.deadletter.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.corkboard.deadletter.control.QueueDepths;
import org.corkboard.deadletter.control.WatchedQueues;
import org.corkboard.platform.Settings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while more mails wait on the mail queue than {@code corkboard.health.mail-backlog}
 * (1000 by default, read at each check): the SMTP server is away or too slow, and people wait for
 * their verification and reset links. Operations see it before users complain.
 */
@Readiness
@ApplicationScoped
public class MailBacklogCheck implements HealthCheck {

  static final String NAME = "mail-backlog";
  static final String THRESHOLD = "corkboard.health.mail-backlog";

  @Inject QueueDepths depths;

  @Override
  public HealthCheckResponse call() {
    int threshold = Settings.number(THRESHOLD, 1000);
    Optional<QueueDepths.Depth> depth = depths.of(WatchedQueues.MAIL);
    if (depth.isEmpty()) {
      return HealthCheckResponse.named(NAME).down().withData("error", "depth unknown").build();
    }
    long waiting = depth.get().waiting();
    return HealthCheckResponse.named(NAME)
        .status(waiting < threshold)
        .withData("waiting", waiting)
        .withData("threshold", threshold)
        .build();
  }
}
