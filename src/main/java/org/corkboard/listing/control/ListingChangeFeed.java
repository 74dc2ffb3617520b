package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corkboard.listing.entity.ListingChange;

/**
 * What search indexes catch up on: which listings changed since a moment.
 *
 * <p>Each committed write of a listing is announced with its id on the corkboard.listing-changes
 * topic, which every node consumes; the node then reads the listing as it now stands. The
 * announcement ({@link ListingAnnouncer}) goes out once the transaction has committed, not in it:
 * in a two-phase commit the JMS branch may commit first, and a node reading at once would find the
 * old row. A rolled-back write announces nothing.
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

  @PersistenceContext EntityManager em;

  /**
   * Up to {@code limit} listings written after ({@code since}, {@code afterId}), oldest first: the
   * next page is asked for from the last one's moment and id.
   */
  public List<ListingChange> writtenSince(Instant since, long afterId, int limit) {
    return em.createQuery(
            "SELECT NEW org.corkboard.listing.entity.ListingChange(l.id, l.updatedAt)"
                + " FROM Listing l WHERE l.updatedAt > :since"
                + " OR (l.updatedAt = :since AND l.id > :afterId)"
                + " ORDER BY l.updatedAt, l.id",
            ListingChange.class)
        .setParameter("since", since)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The listings deleted after the moment. */
  public List<ListingChange> deletedSince(Instant since) {
    return em.createQuery(
            "SELECT NEW org.corkboard.listing.entity.ListingChange(d.listingId,"
                + " d.deletedAt) FROM ListingDeletion d WHERE d.deletedAt > :since"
                + " ORDER BY d.deletedAt",
            ListingChange.class)
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
