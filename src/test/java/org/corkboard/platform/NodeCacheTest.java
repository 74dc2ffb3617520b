package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NodeCacheTest {

  private Instant now = Instant.parse("2026-03-01T10:00:00Z");
  private final AtomicInteger reads = new AtomicInteger();
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void aValueIsKeptForItsAgeThenReadAgain() {
    var cache = new NodeCache<>(reads::incrementAndGet, Duration.ofSeconds(30), clock);
    assertThat(cache.get()).isEqualTo(1);
    now = now.plusSeconds(29);
    assertThat(cache.get()).isEqualTo(1);
    now = now.plusSeconds(1);
    assertThat(cache.get()).isEqualTo(2);
  }

  @Test
  void anInvalidatedValueIsReadAtTheNextUse() {
    var cache = new NodeCache<>(reads::incrementAndGet, Duration.ofSeconds(30), clock);
    cache.get();
    cache.invalidate();
    assertThat(cache.get()).isEqualTo(2);
    assertThat(cache.get()).isEqualTo(2);
  }

  @Test
  void aReadingThatBeganBeforeAnInvalidationIsNotKept() {
    NodeCache<Integer>[] cache = new NodeCache[1];
    cache[0] =
        new NodeCache<>(
            () -> {
              int read = reads.incrementAndGet();
              if (read == 1) {
                cache[0].invalidate(); // a change commits while the first reading runs
              }
              return read;
            },
            Duration.ofSeconds(30),
            clock);
    assertThat(cache[0].get()).isEqualTo(1);
    assertThat(cache[0].get()).isEqualTo(2);
    assertThat(cache[0].get()).isEqualTo(2);
  }
}
