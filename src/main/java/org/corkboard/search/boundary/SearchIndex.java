package org.corkboard.search.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.corkboard.platform.Settings;
import org.corkboard.search.control.ListingIndex;
import org.corkboard.search.control.ListingSearch;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.control.SearchResults;
import org.corkboard.search.control.Suggestions;

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
@DependsOn("DatabaseMigration") // builds or catches up from the migrated tables
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

  private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

  /** Completions kept for repeated prefixes, until the suggestions are rebuilt. */
  private static final int MAX_CACHED_PREFIXES = 10_000;

  /** After a failed start (the database away, say), the next attempt. */
  private static final Duration RETRY_START = Duration.ofMinutes(1);

  private static final long REFRESH_MILLIS = 500;
  private static final long COMMIT_MILLIS = 5000;
  private static final long FACETS_MILLIS = 10_000;

  private final Duration suggestionsEvery =
      Settings.duration("corkboard.search.suggestions-every", Duration.ofMinutes(5));

  @Inject SearchIndexer indexer;
  @Inject Clock clock;
  @Inject MeterRegistry registry;

  @Resource ManagedScheduledExecutorService scheduler;

  private ListingIndex index;
  private IndexUpdates updates;
  private ListingSearch search;
  private Suggestions suggestions;
  private volatile Map<String, List<String>> completions = new ConcurrentHashMap<>();

  /** Whether listings changed since the suggestions were last built from the index. */
  private volatile boolean changedSinceSuggestions = true;

  private List<ScheduledFuture<?>> tasks = List.of();
  private volatile long appliedUpTo;

  /** Nothing is committed before the start-up catch-up is done, so a crash meanwhile repeats it. */
  private volatile boolean caughtUp;

  private Timer searchTimer;

  @PostConstruct
  void open() {
    searchTimer = registry.timer("corkboard.search");
    try {
      Path folder = folder();
      Files.createDirectories(folder);
      index = ListingIndex.open(folder);
      search = new ListingSearch(index);
      updates = new IndexUpdates(index, indexer, clock, () -> changedSinceSuggestions = true);
      Path suggestionsFolder = folder.resolveSibling(folder.getFileName() + "-suggestions");
      Files.createDirectories(suggestionsFolder);
      suggestions = Suggestions.open(suggestionsFolder);
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
                this::commit, COMMIT_MILLIS, COMMIT_MILLIS, TimeUnit.MILLISECONDS),
            scheduler.scheduleWithFixedDelay(
                this::refreshFacets, FACETS_MILLIS, FACETS_MILLIS, TimeUnit.MILLISECONDS),
            scheduler.scheduleWithFixedDelay(
                this::rebuildSuggestions,
                suggestionsEvery.toMillis(),
                suggestionsEvery.toMillis(),
                TimeUnit.MILLISECONDS));
  }

  @PreDestroy
  void close() {
    tasks.forEach(task -> task.cancel(false));
    try {
      commit();
      index.close();
      suggestions.close();
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "The search index was not closed cleanly; it catches up next time", e);
    }
  }

  /** Runs a search over the public listings this node knows; its time goes to the metrics. */
  public SearchResults search(SearchRequest request) {
    long start = System.nanoTime();
    try {
      return search.search(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Whether the index has caught up with the database since this node started (built, or brought up
   * to date with what it missed): until then searches miss listings, and the node is not ready.
   */
  public boolean isReady() {
    return caughtUp;
  }

  /**
   * Completions of what is typed into a search box: titles and category names of public listings,
   * the most frequent first. Rebuilt from the index every few minutes when listings changed, so a
   * new title is suggested a little later than it is found.
   */
  public List<String> suggest(String typed, int max) {
    String key = typed.strip().toLowerCase(Locale.ROOT) + '\u0000' + max;
    // The map of the suggestions asked now: one rebuilt meanwhile starts a new map, so that an
    // answer of the old suggestions is not kept beside the new ones.
    Map<String, List<String>> cache = completions;
    List<String> cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      List<String> found = suggestions.lookup(typed, max);
      if (cache.size() >= MAX_CACHED_PREFIXES) {
        cache.clear();
      }
      cache.put(key, found);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Brings these listings up to date: in the index as they now stand, or out of it. */
  public void apply(List<Long> listingIds) {
    listingIds.forEach(updates::apply);
    appliedUpTo = Math.max(appliedUpTo, clock.millis());
  }

  /** Builds the index afresh from all public listings. */
  public void rebuild() {
    appliedUpTo = Math.max(appliedUpTo, updates.rebuild());
    refresh();
  }

  private void start() {
    try {
      appliedUpTo = Math.max(appliedUpTo, updates.start());
      caughtUp = true;
      refresh();
      rebuildSuggestions();
      LOG.log(Level.INFO, "Search index ready");
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR,
          "The search index could not be brought up to date; trying again in " + RETRY_START,
          e);
      scheduler.schedule(this::start, RETRY_START.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private void refresh() {
    try {
      index.refresh();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index could not be refreshed", e);
    }
  }

  private void refreshFacets() {
    try {
      search.refreshWordlessFacets(clock.instant());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Facet counts could not be refreshed; they are tried again", e);
    }
  }

  private void rebuildSuggestions() {
    if (!caughtUp || !changedSinceSuggestions) {
      return;
    }
    // Cleared before the searcher is refreshed: a change the refresh misses marks it again.
    changedSinceSuggestions = false;
    try {
      index.refresh();
      suggestions.rebuildFrom(index);
      completions = new ConcurrentHashMap<>();
    } catch (IOException | RuntimeException e) {
      changedSinceSuggestions = true;
      LOG.log(
          Level.WARNING, "The search suggestions could not be rebuilt; they are tried again", e);
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
