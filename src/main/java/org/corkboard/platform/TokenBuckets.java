package org.corkboard.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A rate limit per key (a client address): each key has a bucket that fills at a steady rate up to
 * a burst, and a request takes one token or is refused. Buckets idle long enough to be full again
 * are forgotten, so many clients cost little memory.
 */
public final class TokenBuckets {

  /** Beyond this many keys, full buckets are swept before another is added. */
  private static final int SWEEP_ABOVE = 10_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanoTime;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public TokenBuckets(double perSecond, int burst) {
    this(perSecond, burst, System::nanoTime);
  }

  TokenBuckets(double perSecond, int burst, LongSupplier nanoTime) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("A rate limit needs a positive rate and burst.");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  /** Takes a token for the key: false when its bucket is empty and the request is one too many. */
  public boolean tryTake(String key) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(now)).tryTake(now);
  }

  /** Keys remembered now; for tests. */
  int size() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens = burst;
    private long filledAt;

    Bucket(long now) {
      filledAt = now;
    }

    synchronized boolean tryTake(long now) {
      fill(now);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean isFull(long now) {
      fill(now);
      return tokens >= burst;
    }

    private void fill(long now) {
      tokens = Math.min(burst, tokens + (now - filledAt) / 1e9 * perSecond);
      filledAt = now;
    }
  }
}
