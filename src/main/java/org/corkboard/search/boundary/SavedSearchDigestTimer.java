package org.corkboard.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.corkboard.platform.Settings;

/**
 * Asks for the daily digests of saved-search alerts at the hour of the notification digests
 * (corkboard.notification.digest-hour, server time). Each person's digest is then made and mailed
 * by the digest queue in a transaction of its own, so one failure holds back nobody else and is
 * tried again.
 */
@Singleton
@Startup
public class SavedSearchDigestTimer {

  private static final System.Logger LOG = System.getLogger(SavedSearchDigestTimer.class.getName());

  @Resource TimerService timers;
  @Inject SavedSearchDigests digests;

  @PostConstruct
  void schedule() {
    int hour = Settings.number("corkboard.notification.digest-hour", 7);
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(0),
        new TimerConfig("saved-search-digest", false));
  }

  @Timeout
  void queueDigests() {
    LOG.log(Level.INFO, "Saved-search digests asked for: {0}", digests.queueAll());
  }
}
