package org.corkboard.listing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corkboard.listing.entity.ListingChanges;
import org.corkboard.listing.entity.ListingWritten;
import org.corkboard.platform.cluster.ThisNode;

/**
 * Announces the committed writes of listings on the corkboard.listing-changes topic, which every
 * node's search index consumes; see {@link ListingChangeFeed} for what catches up on announcements
 * that were lost. One message per transaction carries the ids of all the listings it wrote ({@link
 * ListingChanges}): a transaction that loads thousands of listings sends one message, not thousands
 * of persistent ones.
 *
 * <p>It holds nothing that needs the caller's component context (no persistence context, no
 * injected JMSContext, which looks the transaction registry up in java:comp): after the commit of a
 * start-up singleton, such as the one loading the demo data, that context is gone already.
 */
@ApplicationScoped
public class ListingAnnouncer {

  /** The most ids one announcement carries. */
  static final int BATCH = 1000;

  /** The key of the transaction's written ids among its resources. */
  private static final Object WRITTEN = ListingAnnouncer.class.getName() + ".written";

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/topic/corkboard.listing-changes")
  Topic topic;

  @Resource TransactionSynchronizationRegistry transactions;

  void collect(@Observes ListingWritten written) {
    if (transactions.getTransactionKey() == null) {
      announce(List.of(written.listingId()));
      return;
    }
    @SuppressWarnings("unchecked")
    Set<Long> ids = (Set<Long>) transactions.getResource(WRITTEN);
    if (ids == null) {
      Set<Long> collected = new LinkedHashSet<>();
      transactions.putResource(WRITTEN, collected);
      transactions.registerInterposedSynchronization(afterCommit(collected));
      ids = collected;
    }
    ids.add(written.listingId());
  }

  /** Announces once committed (see {@link ListingChangeFeed} why); a rollback announces nothing. */
  private Synchronization afterCommit(Set<Long> ids) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          announce(ids);
        }
      }
    };
  }

  /**
   * Sends at most {@link #BATCH} ids a message: retiring a large category moves thousands of
   * listings at once, and a message of them all would be too large for a node to read in one go.
   */
  private void announce(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    try (JMSContext jms = connections.createContext()) {
      for (int from = 0; from < all.size(); from += BATCH) {
        List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
        ThisNode.marking(jms.createProducer()).send(topic, ListingChanges.text(batch));
      }
    }
  }
}
