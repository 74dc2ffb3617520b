package org.corkboard.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corkboard.listing.boundary.ListingFeed;
import org.corkboard.listing.entity.ListingChange;
import org.corkboard.platform.Settings;
import org.corkboard.search.control.IndexedListing;
import org.corkboard.search.control.ListingIndex;
import org.corkboard.search.control.ListingSearch;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.control.SearchResults;

/**
 * This node's search index of public listings, on local disk ({@code corkboard.search.folder}, by
 * default the server's data folder; never shared storage: each node keeps its own).
 *
 * <p>The database stays the truth. A committed listing write is announced on the
 * corkboard.listing-changes topic, which every node consumes ({@link ListingChangeConsumer}); the
 * node reads the listing as it now stands and puts it in its index, or takes it out if it is no
 * longer public. Searchers are refreshed every half second, so a change is found within a second of
 * its commit. Every few seconds the index is committed to disk with its high-water mark: the moment
 * up to which it has applied changes.
 *
 * <p>At start-up a node catches up on what it missed while down (or lost in a crash): the listings
 * written and deleted since shortly before its mark. An index that is missing, of an older format,
 * or older than the deletions the database keeps is rebuilt from all public listings instead,
 * logged with its progress; until it is built, searches find nothing.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

  private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

  /** Changes committed just before the mark may have been applied out of order: read them again. */
  static final Duration OVERLAP = Duration.ofMinutes(10);

  private static final int PAGE = 1000;
  private static final long REFRESH_MILLIS = 500;
  private static final long COMMIT_MILLIS = 5000;

  @Inject SearchIndexer indexer;
  @Inject Clock clock;

  @Resource ManagedScheduledExecutorService scheduler;

  private ListingIndex index;
  private ListingSearch search;
  private List<ScheduledFuture<?>> tasks = List.of();
  private volatile long appliedUpTo;

  /** Nothing is committed before the start-up catch-up is done, so a crash meanwhile repeats it. */
  private volatile boolean caughtUp;

  @PostConstruct
  void open() {
    try {
      Path folder = folder();
      Files.createDirectories(folder);
      index = ListingIndex.open(folder);
      search = new ListingSearch(index);
      appliedUpTo = index.appliedUpTo();
    } catch (IOException e) {
      throw new UncheckedIOException("The search index cannot be opened", e);
    }
    tasks =
        List.of(
            scheduler.schedule(this::start, 0, TimeUnit.MILLISECONDS),
            scheduler.scheduleWithFixedDelay(
                this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS),
            scheduler.scheduleWithFixedDelay(
                this::commit, COMMIT_MILLIS, COMMIT_MILLIS, TimeUnit.MILLISECONDS));
  }

  @PreDestroy
  void close() {
    tasks.forEach(task -> task.cancel(false));
    try {
      commit();
      index.close();
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "The search index was not closed cleanly; it catches up next time", e);
    }
  }

  /** Runs a search over the public listings this node knows. */
  public SearchResults search(SearchRequest request) {
    try {
      return search.search(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Brings one listing up to date: in the index as it now stands, or out of it. */
  public void apply(long listingId) {
    put(listingId, indexer.current(listingId));
    appliedUpTo = Math.max(appliedUpTo, clock.millis());
  }

  /** Builds the index afresh from all public listings. */
  public void rebuild() {
    Instant started = clock.instant();
    LOG.log(Level.INFO, "Building the search index from the database");
    try {
      index.rebuild(allPublic(), started.toEpochMilli());
    } catch (IOException e) {
      throw new UncheckedIOException("The search index could not be built", e);
    }
    appliedUpTo = Math.max(appliedUpTo, started.toEpochMilli());
    refresh();
    LOG.log(
        Level.INFO,
        "Search index built in {0} s",
        Duration.between(started, clock.instant()).toSeconds());
  }

  private void start() {
    Instant started = clock.instant();
    try {
      Instant keptSince = clock.instant().minus(ListingFeed.KEEP_DELETIONS);
      if (index.needsRebuild() || Instant.ofEpochMilli(appliedUpTo).isBefore(keptSince)) {
        rebuild();
      } else {
        catchUp(Instant.ofEpochMilli(appliedUpTo).minus(OVERLAP));
      }
      appliedUpTo = Math.max(appliedUpTo, started.toEpochMilli());
      caughtUp = true;
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "The search index could not be brought up to date", e);
    }
  }

  private void catchUp(Instant since) {
    int written = 0;
    List<ListingChange> page = indexer.writtenSince(since, 0, PAGE);
    while (!page.isEmpty()) {
      for (ListingChange change : page) {
        put(change.listingId(), indexer.current(change.listingId()));
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
    return Stream.iterate(
            indexer.publicAfter(0, PAGE),
            page -> !page.isEmpty(),
            page -> indexer.publicAfter(page.get(page.size() - 1).id(), PAGE))
        .flatMap(List::stream);
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
  }

  private void refresh() {
    try {
      index.refresh();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index could not be refreshed", e);
    }
  }

  private void commit() {
    if (!caughtUp) {
      return;
    }
    try {
      index.commit(appliedUpTo);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index could not be saved; it catches up next time", e);
    }
  }

  private static Path folder() {
    return Settings.find("corkboard.search.folder")
        .map(Path::of)
        .orElseGet(
            () -> Path.of(System.getProperty("jboss.server.data.dir", "."), "corkboard", "search"));
  }
}
