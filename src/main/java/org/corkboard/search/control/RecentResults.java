package org.corkboard.search.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of recent searches, kept while the index reads the same. On one reader, the same
 * words, filters, order and depth find the same hits and counts, so turning to the next page of a
 * result, or a popular search asked again, is answered without reading its matches again. A reader
 * that sees a change (a listing written) starts an empty cache, so nothing kept is ever out of
 * date; the least recently asked results are forgotten first. Counts of "posted within" move with
 * the clock: a result is kept within its minute.
 */
final class RecentResults<V> {

  private static final int MAX_ENTRIES = 1_000;

  /** Deeper results (past the tenth page) are rare and large: they are not kept. */
  static final int MAX_DEPTH = 240;

  /** What a result depends on besides the reader. */
  record Key(
      QueryText text,
      boolean fuzzy,
      ListingFilters filters,
      SearchSort sort,
      int depth,
      Instant minute) {

    Key {
      minute = minute.truncatedTo(ChronoUnit.MINUTES);
    }
  }

  private long version = -1;
  private final Map<Key, V> results =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /** The result kept for this key on the reader of this version, or null. */
  synchronized V get(long readerVersion, Key key) {
    return readerVersion == version ? results.get(key) : null;
  }

  /**
   * Keeps a result found on the reader of this version. A newer reader forgets every result of
   * older ones; a result that comes late from an older reader is not kept.
   */
  synchronized void put(long readerVersion, Key key, V result) {
    if (key.depth() > MAX_DEPTH || readerVersion < version) {
      return;
    }
    if (readerVersion > version) {
      results.clear();
      version = readerVersion;
    }
    results.put(key, result);
  }

  synchronized int size() {
    return results.size();
  }
}
