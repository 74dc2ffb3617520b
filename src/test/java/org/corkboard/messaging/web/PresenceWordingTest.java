package org.corkboard.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PresenceWordingTest {

  private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

  private static String activeAgo(Duration ago) {
    return PresenceWording.of(false, NOW.minus(ago), NOW);
  }

  @Test
  void anOpenSocketIsOnlineWhateverTheStoredTime() {
    assertThat(PresenceWording.of(true, null, NOW)).isEqualTo("online now");
    assertThat(PresenceWording.of(true, NOW.minus(Duration.ofDays(3)), NOW))
        .isEqualTo("online now");
  }

  @Test
  void activeWithinTwoMinutesIsOnline() {
    assertThat(activeAgo(Duration.ZERO)).isEqualTo("online now");
    assertThat(activeAgo(Duration.ofSeconds(119))).isEqualTo("online now");
  }

  @Test
  void longerAgoSaysWhenInMinutesHoursOrDays() {
    assertThat(activeAgo(Duration.ofMinutes(2))).isEqualTo("active 2 minutes ago");
    assertThat(activeAgo(Duration.ofMinutes(5).plusSeconds(40))).isEqualTo("active 5 minutes ago");
    assertThat(activeAgo(Duration.ofMinutes(59))).isEqualTo("active 59 minutes ago");
    assertThat(activeAgo(Duration.ofMinutes(60))).isEqualTo("active 1 hour ago");
    assertThat(activeAgo(Duration.ofHours(23))).isEqualTo("active 23 hours ago");
    assertThat(activeAgo(Duration.ofDays(1))).isEqualTo("active 1 day ago");
    assertThat(activeAgo(Duration.ofDays(12))).isEqualTo("active 12 days ago");
  }

  @Test
  void neverActiveSaysNothing() {
    assertThat(PresenceWording.of(false, null, NOW)).isNull();
  }
}
