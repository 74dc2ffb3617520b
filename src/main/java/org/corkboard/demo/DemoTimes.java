package org.corkboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.corkboard.listing.entity.ListingStatus;

/**
 * When demo listings were written, published and ended, counted back from the moment the demo is
 * loaded: active ones were published within the last weeks (well inside their lifetime, so none is
 * due for a reminder), ended ones earlier, expired ones a lifetime and more ago.
 */
final class DemoTimes {

  /** The times of one listing; published and ended are null where they do not apply. */
  record Span(Instant created, Instant published, Instant ended) {}

  private static final Duration RECENT = Duration.ofDays(20);

  private final Random random;
  private final Instant now;
  private final Duration lifetime;
  private final Duration spread;

  DemoTimes(Random random, Instant now, Duration lifetime) {
    this.random = random;
    this.now = now;
    this.lifetime = lifetime;
    Duration twoThirds = lifetime.multipliedBy(2).dividedBy(3);
    this.spread = twoThirds.compareTo(RECENT) < 0 ? twoThirds : RECENT;
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  Span of(ListingStatus status) {
    return switch (status) {
      case DRAFT ->
          new Span(now.minus(between(Duration.ofHours(1), Duration.ofDays(4))), null, null);
      case ACTIVE, HIDDEN -> {
        Duration age =
            Duration.ofMinutes(5).plus(scaled(spread, Math.pow(random.nextDouble(), 1.4)));
        yield published(now.minus(age), null);
      }
      case SOLD, CLOSED -> {
        Duration age = between(Duration.ofDays(3), lifetime.minusDays(5));
        Instant published = now.minus(age);
        yield published(published, published.plus(scaled(age, 0.2 + 0.7 * random.nextDouble())));
      }
      case EXPIRED -> {
        Instant published =
            now.minus(lifetime).minus(between(Duration.ofDays(1), Duration.ofDays(12)));
        yield published(
            published,
            published.plus(lifetime).plus(between(Duration.ofMinutes(5), Duration.ofHours(2))));
      }
    };
  }

  private Span published(Instant published, Instant ended) {
    Instant created = published.minus(between(Duration.ofMinutes(2), Duration.ofHours(2)));
    return new Span(created, published, ended);
  }

  /** A random duration from low to high (low if high is not above it), in whole seconds. */
  private Duration between(Duration low, Duration high) {
    double fraction = random.nextDouble();
    return high.compareTo(low) <= 0 ? low : low.plus(scaled(high.minus(low), fraction));
  }

  private static Duration scaled(Duration duration, double factor) {
    return Duration.ofSeconds(Math.round(duration.toSeconds() * factor));
  }
}
