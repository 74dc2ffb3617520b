package org.corkboard.messaging.web;

import java.time.Duration;
import java.time.Instant;

/** How a person's presence reads beside their name: "online now", "active 5 minutes ago". */
final class PresenceWording {

  /** Active this recently counts as online, as the stored time is only written once a minute. */
  static final Duration ONLINE = Duration.ofMinutes(2);

  private PresenceWording() {}

  /** The wording, or null when nothing is known (never active since presence was recorded). */
  static String of(boolean socketOpen, Instant lastActive, Instant now) {
    if (socketOpen) {
      return "online now";
    }
    if (lastActive == null) {
      return null;
    }
    Duration ago = Duration.between(lastActive, now);
    if (ago.compareTo(ONLINE) < 0) {
      return "online now";
    }
    if (ago.toHours() < 1) {
      return ago(ago.toMinutes(), "minute");
    }
    if (ago.toDays() < 1) {
      return ago(ago.toHours(), "hour");
    }
    return ago(ago.toDays(), "day");
  }

  private static String ago(long count, String unit) {
    return "active " + count + " " + unit + (count == 1 ? "" : "s") + " ago";
  }
}
