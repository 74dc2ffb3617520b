package org.corkboard.deadletter.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.corkboard.deadletter.control.DeadLetterRepository;
import org.corkboard.deadletter.control.QueueDepths;
import org.corkboard.deadletter.control.WatchedQueues;

/**
 * The watched queues as gauges: {@code corkboard.jms.queue.depth} (messages waiting, read from the
 * broker at each scrape) and {@code corkboard.jms.dead.letters} (messages given up on and kept for
 * an administrator, counted in the database every 15 seconds on each node, so that a scrape never
 * waits for the database).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class QueueMetrics {

  private static final System.Logger LOG = System.getLogger(QueueMetrics.class.getName());

  @Inject MeterRegistry registry;
  @Inject QueueDepths depths;
  @Inject DeadLetterRepository deadLetters;

  private final Map<String, AtomicLong> kept = new ConcurrentHashMap<>();

  @PostConstruct
  void register() {
    for (String queue : WatchedQueues.LABELS.keySet()) {
      // The registry's own methods: WildFly's registry refuses meters built with a builder.
      List<Tag> tags = List.of(Tag.of("queue", queue));
      registry.gauge("corkboard.jms.queue.depth", tags, depths, d -> waiting(d, queue));
      AtomicLong count = kept.computeIfAbsent(queue, q -> new AtomicLong());
      registry.gauge("corkboard.jms.dead.letters", tags, count, AtomicLong::get);
    }
  }

  /**
   * Without a transaction: a database away leaves the last counts, and no rolled-back timer. Not
   * persistent: each node keeps its own gauges, so each node counts.
   */
  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void countDeadLetters() {
    try {
      Map<String, Long> counts = deadLetters.countByQueue();
      kept.forEach((queue, count) -> count.set(counts.getOrDefault(queue, 0L)));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "Dead letters not counted; the gauges keep the last", e);
    }
  }

  private static double waiting(QueueDepths depths, String queue) {
    return depths.of(queue).map(depth -> (double) depth.waiting()).orElse(Double.NaN);
  }
}
