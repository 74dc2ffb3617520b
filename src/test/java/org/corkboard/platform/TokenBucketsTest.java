package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private final AtomicLong nanos = new AtomicLong();
  private final TokenBuckets limits = new TokenBuckets(2, 4, nanos::get);

  @Test
  void aBurstIsAllowedAndThenTheSteadyRate() {
    for (int i = 0; i < 4; i++) {
      assertThat(limits.tryTake("10.0.0.1")).as("request %d of the burst", i).isTrue();
    }
    assertThat(limits.tryTake("10.0.0.1")).as("one too many").isFalse();

    nanos.addAndGet(500_000_000);
    assertThat(limits.tryTake("10.0.0.1")).as("half a second later: one more").isTrue();
    assertThat(limits.tryTake("10.0.0.1")).isFalse();
  }

  @Test
  void eachClientHasItsOwnBucket() {
    for (int i = 0; i < 4; i++) {
      limits.tryTake("10.0.0.1");
    }
    assertThat(limits.tryTake("10.0.0.1")).isFalse();
    assertThat(limits.tryTake("10.0.0.2")).isTrue();
  }

  @Test
  void anIdleBucketNeverHoldsMoreThanItsBurst() {
    limits.tryTake("10.0.0.1");
    nanos.addAndGet(3_600_000_000_000L);
    for (int i = 0; i < 4; i++) {
      assertThat(limits.tryTake("10.0.0.1")).isTrue();
    }
    assertThat(limits.tryTake("10.0.0.1")).isFalse();
  }
}
