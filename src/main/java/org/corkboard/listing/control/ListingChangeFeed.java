package org.corkboard.listing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corkboard.listing.entity.ListingWritten;

/**
 * Tells every node which listings changed, so that each keeps its own search index up to date.
 *
 * <p>Each committed write of a listing is announced with its id on the corkboard.listing-changes
 * topic, which every node consumes; the node then reads the listing as it now stands. The
 * announcement goes out once the transaction has committed, not in it: in a two-phase commit the
 * JMS branch may commit first, and a node reading at once would find the old row. A rolled-back
 * write announces nothing.
 *
 * <p>An announcement is lost if the node that wrote dies right after its commit, and a node that is
 * down misses all of them. So the database also answers "what changed since": listings by their
 * {@code updatedAt}, which every change sets, and deleted listings by the ids kept for {@link
 * #KEEP_DELETIONS} ({@link ListingRepository#remove}). A starting node asks it from shortly before
 * the last change its index applied.
 */
@ApplicationScoped
public class ListingChangeFeed {

  /** How long a deletion is kept; an index older than that is rebuilt, not caught up. */
  public static final Duration KEEP_DELETIONS = Duration.ofDays(30);

  /** A listing written since the moment asked about, and when. */
  public record Change(long listingId, Instant at) {}

  @PersistenceContext EntityManager em;

  @Inject
  @JMSConnectionFactory("java:/ConnectionFactory")
  JMSContext jms;

  @Resource(lookup = "java:/jms/topic/corkboard.listing-changes")
  Topic topic;

  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingWritten written) {
    jms.createProducer().send(topic, written.listingId());
  }

  /**
   * Up to {@code limit} listings written after ({@code since}, {@code afterId}), oldest first: the
   * next page is asked for from the last one's moment and id.
   */
  public List<Change> writtenSince(Instant since, long afterId, int limit) {
    return em.createQuery(
            "SELECT NEW org.corkboard.listing.control.ListingChangeFeed.Change(l.id, l.updatedAt)"
                + " FROM Listing l WHERE l.updatedAt > :since"
                + " OR (l.updatedAt = :since AND l.id > :afterId)"
                + " ORDER BY l.updatedAt, l.id",
            Change.class)
        .setParameter("since", since)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The listings deleted after the moment. */
  public List<Change> deletedSince(Instant since) {
    return em.createQuery(
            "SELECT NEW org.corkboard.listing.control.ListingChangeFeed.Change(d.listingId,"
                + " d.deletedAt) FROM ListingDeletion d WHERE d.deletedAt > :since"
                + " ORDER BY d.deletedAt",
            Change.class)
        .setParameter("since", since)
        .getResultList();
  }

  /** Forgets deletions older than {@link #KEEP_DELETIONS}; returns how many. */
  public int forgetDeletionsBefore(Instant before) {
    return em.createQuery("DELETE FROM ListingDeletion d WHERE d.deletedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
