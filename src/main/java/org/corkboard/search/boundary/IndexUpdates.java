package org.corkboard.search.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corkboard.listing.boundary.ListingFeed;
import org.corkboard.listing.entity.ListingChange;
import org.corkboard.search.control.IndexedListing;
import org.corkboard.search.control.ListingIndex;

/**
 * Brings a listing index up to date with the database: at start-up, by catching up on the changes
 * since its mark or, when it is missing, of another format or too old, by rebuilding it; and then
 * one listing at a time as changes are announced.
 */
public final class IndexUpdates {

  private static final System.Logger LOG = System.getLogger(IndexUpdates.class.getName());

  /** Changes committed just before the mark may have been applied out of order: read them again. */
  static final Duration OVERLAP = Duration.ofMinutes(10);

  private static final int PAGE = 1000;
  private static final int PROGRESS_EVERY = 50_000;

  private final ListingIndex index;
  private final SearchIndexer indexer;
  private final Clock clock;
  private final Runnable onChange;

  /**
   * @param onChange told of every listing put in or taken out
   */
  public IndexUpdates(ListingIndex index, SearchIndexer indexer, Clock clock, Runnable onChange) {
    this.index = index;
    this.indexer = indexer;
    this.clock = clock;
    this.onChange = onChange;
  }

  /**
   * Brings the index up to date after a start; returns the new mark: every change committed before
   * it is in the index.
   */
  public long start() {
    Instant started = clock.instant();
    Instant keptSince = started.minus(ListingFeed.KEEP_DELETIONS);
    if (index.needsRebuild() || Instant.ofEpochMilli(index.appliedUpTo()).isBefore(keptSince)) {
      rebuild();
    } else {
      catchUp(Instant.ofEpochMilli(index.appliedUpTo()).minus(OVERLAP));
    }
    return started.toEpochMilli();
  }

  /** Builds the index afresh from all public listings; returns the new mark. */
  public long rebuild() {
    Instant started = clock.instant();
    LOG.log(Level.INFO, "Building the search index from the database");
    try {
      index.rebuild(allPublic(), started.toEpochMilli());
    } catch (IOException e) {
      throw new UncheckedIOException("The search index could not be built", e);
    }
    // Listings changed while they were read may have been put back as they were before.
    catchUp(started.minus(OVERLAP));
    LOG.log(
        Level.INFO,
        "Search index built in {0} s",
        Duration.between(started, clock.instant()).toSeconds());
    return started.toEpochMilli();
  }

  /** Brings one listing up to date: in the index as it now stands, or out of it. */
  public void apply(long listingId) {
    put(listingId, indexer.current(listingId));
  }

  private void catchUp(Instant since) {
    int written = 0;
    List<ListingChange> page = indexer.writtenSince(since, 0, PAGE);
    while (!page.isEmpty()) {
      for (ListingChange change : page) {
        apply(change.listingId());
      }
      written += page.size();
      ListingChange last = page.get(page.size() - 1);
      page = indexer.writtenSince(last.at(), last.listingId(), PAGE);
    }
    List<ListingChange> deleted = indexer.deletedSince(since);
    for (ListingChange change : deleted) {
      put(change.listingId(), Optional.empty());
    }
    LOG.log(
        Level.INFO,
        "Search index caught up since {0}: {1} listings written, {2} deleted",
        since,
        written,
        deleted.size());
  }

  private Stream<IndexedListing> allPublic() {
    long[] read = {0};
    return Stream.iterate(
            indexer.publicAfter(0, PAGE),
            page -> !page.isEmpty(),
            page -> indexer.publicAfter(page.get(page.size() - 1).id(), PAGE))
        .peek(
            page -> {
              long before = read[0];
              read[0] += page.size();
              logProgress(before, read[0]);
            })
        .flatMap(List::stream);
  }

  /** A line every {@value #PROGRESS_EVERY} listings: a rebuild of a large board takes minutes. */
  private static void logProgress(long before, long after) {
    if (before / PROGRESS_EVERY != after / PROGRESS_EVERY) {
      LOG.log(Level.INFO, "Building the search index: {0} listings read", after);
    }
  }

  private void put(long listingId, Optional<IndexedListing> listing) {
    try {
      if (listing.isPresent()) {
        index.update(listing.get());
      } else {
        index.delete(listingId);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Told once the index has the change, so that what reads it next sees it.
    onChange.run();
  }
}
