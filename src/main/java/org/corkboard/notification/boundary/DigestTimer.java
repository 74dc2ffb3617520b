package org.corkboard.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.corkboard.platform.Settings;

/**
 * Sends the daily digests at the configured hour (corkboard.notification.digest-hour, server time,
 * default 7). Each person's digest is its own transaction: one failure does not hold back the
 * others, and the next day's run sends what is left.
 */
@Singleton
@Startup
public class DigestTimer {

  private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

  @Resource TimerService timers;
  @Inject Notifications notifications;

  @PostConstruct
  void schedule() {
    int hour = Settings.number("corkboard.notification.digest-hour", 7);
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(0), new TimerConfig("digest", false));
  }

  @Timeout
  public void sendDigests() {
    int mails = 0;
    for (long recipient : notifications.digestRecipients()) {
      try {
        mails += notifications.sendDigest(recipient) > 0 ? 1 : 0;
      } catch (EJBException e) {
        LOG.log(
            Level.WARNING,
            "Digest for account " + recipient + " not sent; tomorrow's run tries again",
            e);
      }
    }
    LOG.log(Level.INFO, "Daily digest: {0} e-mails", mails);
  }
}
