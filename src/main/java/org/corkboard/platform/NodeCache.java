package org.corkboard.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database and kept on this node: read again when it is older than its
 * maximum age, or at the next use after {@link #invalidate()}. Each invalidation starts a new
 * generation, so a reading that began before it is used once but not kept: a change committed
 * meanwhile is never hidden behind an older reading for a whole age.
 */
public final class NodeCache<T> {

  private record Reading<T>(T value, Instant until, long generation) {}

  private final Supplier<T> reader;
  private final Duration maxAge;
  private final Clock clock;
  private final AtomicLong generation = new AtomicLong();
  private volatile Reading<T> kept;

  public NodeCache(Supplier<T> reader, Duration maxAge, Clock clock) {
    this.reader = Objects.requireNonNull(reader);
    this.maxAge = Objects.requireNonNull(maxAge);
    this.clock = Objects.requireNonNull(clock);
  }

  public T get() {
    Reading<T> reading = kept;
    Instant now = clock.instant();
    if (reading != null
        && reading.generation() == generation.get()
        && now.isBefore(reading.until())) {
      return reading.value();
    }
    long current = generation.get();
    T value = reader.get();
    if (generation.get() == current) {
      kept = new Reading<>(value, now.plus(maxAge), current);
    }
    return value;
  }

  /** The next use reads the value again. */
  public void invalidate() {
    generation.incrementAndGet();
    kept = null;
  }
}
