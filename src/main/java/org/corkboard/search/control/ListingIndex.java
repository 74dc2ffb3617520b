package org.corkboard.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The listing index of this node in a folder: one writer, searchers refreshed on demand, and in
 * each commit the format of the index and the high-water mark of the changes it contains. A caller
 * applies changes, commits with the mark of the last one applied, and after a restart replays what
 * came after the mark; changes not committed are dropped on close. Safe for concurrent searches and
 * one writing thread.
 */
public final class ListingIndex implements Closeable {

  /**
   * Raised whenever the layout of the documents changes; an index of another format is rebuilt. 2:
   * listings carry their coordinates (V14 placed the existing ones without announcing a change).
   */
  public static final int FORMAT = 2;

  private static final String FORMAT_KEY = "corkboard.format";
  private static final String APPLIED_KEY = "corkboard.applied-up-to";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long appliedUpTo;
  private volatile boolean rebuildNeeded;

  /**
   * Set while a rebuild is under way or after it failed: searches keep the last complete content.
   */
  private volatile boolean refreshHeld;

  /** Receives a searcher that stays valid until it returns. */
  interface SearcherWork<T> {
    T apply(ListingSearcher searcher) throws IOException;
  }

  private ListingIndex(Directory directory, Map<String, String> committed) throws IOException {
    this.directory = directory;
    rebuildNeeded = !Integer.toString(FORMAT).equals(committed.get(FORMAT_KEY));
    appliedUpTo = rebuildNeeded ? 0 : Long.parseLong(committed.getOrDefault(APPLIED_KEY, "0"));
    IndexWriterConfig config =
        new IndexWriterConfig(TextAnalysis.forIndex())
            .setIndexSort(ListingDocuments.NEWEST_FIRST)
            .setCommitOnClose(false)
            // An index of another format may be sorted or laid out differently: start afresh.
            .setOpenMode(rebuildNeeded ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, true, false, ListingSearcher.FACTORY);
  }

  /** Opens the index in the folder, creating it when there is none. */
  public static ListingIndex open(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      Map<String, String> committed =
          DirectoryReader.indexExists(directory)
              ? SegmentInfos.readLatestCommit(directory).getUserData()
              : Map.of();
      return new ListingIndex(directory, committed);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * True when the folder held no index or one of another format: it is empty now and must be
   * rebuilt from all listings before it answers correctly.
   */
  public boolean needsRebuild() {
    return rebuildNeeded;
  }

  /** The high-water mark of the last commit: every change up to it is in the index. */
  public long appliedUpTo() {
    return appliedUpTo;
  }

  /** Adds the listing, or replaces the one with its id. */
  public void update(IndexedListing listing) throws IOException {
    writer.updateDocument(
        ListingDocuments.idTerm(listing.id()), ListingDocuments.toDocument(listing));
  }

  public void delete(long listingId) throws IOException {
    writer.deleteDocuments(ListingDocuments.idTerm(listingId));
  }

  /** Makes the changes so far durable, together with the mark of the last change among them. */
  public synchronized void commit(long appliedUpTo) throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(APPLIED_KEY, Long.toString(appliedUpTo));
    if (!rebuildNeeded) {
      data.put(FORMAT_KEY, Integer.toString(FORMAT));
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    this.appliedUpTo = appliedUpTo;
  }

  /**
   * Replaces the whole content with the listings and commits it with the mark, which should be
   * taken before the listings are read, so that replaying from it repeats what they may miss.
   * Searches see the old content until the new one is complete. Changes may be applied meanwhile,
   * but a listing read before its change may then be put back as it was: the caller applies the
   * changes since the mark again afterwards. If the listings fail, nothing is committed, the index
   * needs a rebuild again, and searches keep the old content until one succeeds.
   */
  public synchronized void rebuild(Stream<IndexedListing> listings, long appliedUpTo)
      throws IOException {
    refreshHeld = true;
    rebuildNeeded = true;
    writer.deleteAll();
    // Replacing by id, not adding: a change applied meanwhile may have put the listing in already.
    for (Iterator<IndexedListing> it = listings.iterator(); it.hasNext(); ) {
      update(it.next());
    }
    rebuildNeeded = false;
    commit(appliedUpTo);
    refreshHeld = false;
    searchers.maybeRefreshBlocking();
  }

  /**
   * Makes the changes so far searchable, committed or not; cheap when nothing changed. The caller
   * runs it about every second. Skipped while a rebuild is half done or failed. Waits for a refresh
   * another thread is making, so that on return the changes made before the call are searchable.
   */
  public void refresh() throws IOException {
    if (!refreshHeld) {
      searchers.maybeRefreshBlocking();
    }
  }

  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    ListingSearcher searcher = (ListingSearcher) searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Closes the index; changes after the last commit are dropped and replayed from the mark. */
  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer, directory);
  }
}
