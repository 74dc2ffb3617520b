package org.corkboard.listing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.listing.control.ListingChangeFeed;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingChange;
import org.corkboard.listing.entity.ListingStatus;

/**
 * Public listings as a search index reads them: one by id when its change is announced, those
 * written or deleted since a moment to catch up, and all of them in order of id to rebuild. Only
 * active listings are public; nothing else is ever handed out here.
 */
@Stateless
@PermitAll
public class ListingFeed {

  /** How long deletions are kept: an index whose mark is older is rebuilt, not caught up. */
  public static final Duration KEEP_DELETIONS = ListingChangeFeed.KEEP_DELETIONS;

  @Inject ListingRepository repository;
  @Inject ListingChangeFeed changes;

  /** The listing if it is public now; empty if it is not, or no longer exists. */
  public Optional<Listing> publicListing(long id) {
    return repository.findCommitted(id).filter(l -> l.getStatus() == ListingStatus.ACTIVE);
  }

  /** Up to {@code limit} public listings with an id above {@code afterId}, by id. */
  public List<Listing> publicListingsAfter(long afterId, int limit) {
    return repository.activeAfter(afterId, limit);
  }

  public List<ListingChange> writtenSince(Instant since, long afterId, int limit) {
    return changes.writtenSince(since, afterId, limit);
  }

  public List<ListingChange> deletedSince(Instant since) {
    return changes.deletedSince(since);
  }
}
