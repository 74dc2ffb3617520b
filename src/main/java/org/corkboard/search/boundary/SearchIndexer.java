package org.corkboard.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.listing.boundary.ListingFeed;
import org.corkboard.listing.entity.ListingChange;
import org.corkboard.search.control.IndexedListing;

/**
 * Reads listings for the index, each call in a transaction of its own: the one a change names, a
 * page of those written since a moment, or a page of all public ones. A listing that is not public
 * comes back empty, and the index drops it.
 */
@Stateless
@PermitAll
public class SearchIndexer {

  @Inject ListingFeed feed;

  /** The listing as the index should now hold it, or empty if it must not be found. */
  public Optional<IndexedListing> current(long listingId) {
    return feed.publicListing(listingId).map(IndexedListings::of);
  }

  /** The next page of all public listings, by id. */
  public List<IndexedListing> publicAfter(long afterId, int limit) {
    return feed.publicListingsAfter(afterId, limit).stream().map(IndexedListings::of).toList();
  }

  public List<ListingChange> writtenSince(Instant since, long afterId, int limit) {
    return feed.writtenSince(since, afterId, limit);
  }

  public List<ListingChange> deletedSince(Instant since) {
    return feed.deletedSince(since);
  }
}
