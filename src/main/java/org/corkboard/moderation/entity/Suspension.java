package org.corkboard.moderation.entity;

import java.time.Duration;
import java.time.Instant;
import org.corkboard.platform.Refused;

/** How long a suspension may be, and when one given now ends. */
public final class Suspension {

  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 365;

  private Suspension() {}

  /** The moment a suspension of that many whole days, given now, ends. */
  public static Instant endsAt(Instant now, Integer days) {
    if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
      throw new Refused(
          "days", "Suspend for " + MIN_DAYS + " to " + MAX_DAYS + " days (a whole number).");
    }
    return now.plus(Duration.ofDays(days));
  }
}
