package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.corkboard.listing.control.ListingRepository.Scope;
import org.corkboard.listing.entity.ListingWritten;
import org.corkboard.listing.entity.Sort;

/**
 * The numbers of active listings that browsing pages show. Counting a large category reads
 * thousands of index entries on every page, while the numbers change only when a listing is
 * written; so each is kept until a listing is written, on this node or on another ({@link
 * org.corkboard.listing.boundary.ListingCacheEviction}), and for a minute at most.
 */
@ApplicationScoped
public class ActiveCounts {

  private static final long MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();

  @Inject ListingRepository repository;

  /** Moves on with every write: a number counted before a write is not kept after it. */
  private final AtomicLong generation = new AtomicLong();

  private final Map<Object, Counted> counted = new ConcurrentHashMap<>();

  private record Counted(Object value, long generation, long countedAt) {}

  /** Active listings in the scope of a category, as {@link ListingRepository#inCategory} lists. */
  public long inCategory(Scope scope, long categoryId, Sort sort) {
    return kept(
        List.of(scope, categoryId, sort),
        () -> repository.countInCategory(scope, categoryId, sort));
  }

  /** Active listings per category id. */
  public Map<Long, Long> byCategory() {
    return kept("byCategory", repository::activeCountsByCategory);
  }

  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ListingWritten written) {
    forgetAll();
  }

  /** Counts again at the next use: listings were written (here, or on another node). */
  public void forgetAll() {
    generation.incrementAndGet();
    counted.clear();
  }

  @SuppressWarnings("unchecked")
  private <T> T kept(Object key, Supplier<T> count) {
    long now = System.nanoTime();
    long current = generation.get();
    Counted kept = counted.get(key);
    if (kept != null && kept.generation() == current && now - kept.countedAt() < MAX_AGE_NANOS) {
      return (T) kept.value();
    }
    T value = count.get();
    counted.put(key, new Counted(value, current, now));
    return value;
  }
}
