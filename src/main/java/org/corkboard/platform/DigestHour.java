package org.corkboard.platform;

import java.time.LocalTime;

/**
 * The hour of the day (server time) at which the daily digests go out:
 * corkboard.notification.digest-hour, default 7.
 *
 * <p>Their timers fire at the start of every hour and work only at this one. A timer that a cluster
 * runs once must be persistent, and a persistent schedule made from a setting at start-up would be
 * made again by every node and every start; an annotated schedule is made once, but cannot read a
 * setting.
 */
public final class DigestHour {

  private DigestHour() {}

  public static boolean isNow() {
    return LocalTime.now().getHour() == Settings.number("corkboard.notification.digest-hour", 7);
  }
}
