package org.corkboard.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * Completions for the search box: listing titles and category names that have a word starting with
 * each typed word ("mou bi" finds "Mountain bike"), the most frequent first. Kept in an index of
 * its own, rebuilt now and then from the listing index or from a list of texts; lookups during a
 * rebuild see the previous suggestions. Safe for concurrent use.
 */
public final class Suggestions implements Closeable {

  private static final int MAX_TYPED = 100;

  private final Directory directory;
  private final AnalyzingInfixSuggester suggester;

  private Suggestions(Directory directory) throws IOException {
    this.directory = directory;
    boolean built = DirectoryReader.indexExists(directory);
    suggester =
        new AnalyzingInfixSuggester(
            directory,
            TextAnalysis.FOLDED,
            TextAnalysis.FOLDED,
            AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS,
            true);
    if (!built) {
      rebuild(List.of());
    }
  }

  /** Suggestions kept in a folder, so that they are there at once after a restart. */
  public static Suggestions open(Path folder) throws IOException {
    return new Suggestions(FSDirectory.open(folder));
  }

  public static Suggestions inMemory() throws IOException {
    return new Suggestions(new ByteBuffersDirectory());
  }

  /** Replaces the suggestions by these texts; one that occurs more often ranks higher. */
  public void rebuild(Collection<String> texts) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        counts.merge(text.strip(), 1L, Long::sum);
      }
    }
    suggester.build(new Weighted(counts.entrySet().iterator()));
  }

  /** Replaces the suggestions by the titles and category names of the listings in the index. */
  public void rebuildFrom(ListingIndex index) throws IOException {
    rebuild(index.withSearcher(searcher -> texts(searcher.getIndexReader().leaves())));
  }

  /** At most max completions of the typed text, none for an empty one. */
  public List<String> lookup(String typed, int max) throws IOException {
    if (typed == null || typed.isBlank() || max < 1) {
      return List.of();
    }
    String text = typed.strip();
    text = text.substring(0, Math.min(text.length(), MAX_TYPED)).replaceAll("\\p{Cntrl}", " ");
    List<LookupResult> results = suggester.lookup(text, Math.min(max, 50), true, false);
    return results.stream().map(result -> result.key.toString()).toList();
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(suggester, directory);
  }

  private static List<String> texts(List<LeafReaderContext> leaves) throws IOException {
    List<String> texts = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      LeafReader reader = leaf.reader();
      Bits live = reader.getLiveDocs();
      StoredFields stored = reader.storedFields();
      Set<String> fields = Set.of(ListingDocuments.TITLE, ListingDocuments.CATEGORY_NAME);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document document = stored.document(doc, fields);
          texts.add(document.get(ListingDocuments.TITLE));
          texts.addAll(List.of(document.getValues(ListingDocuments.CATEGORY_NAME)));
        }
      }
    }
    return texts;
  }

  /** Texts with their counts as weights, as the suggester reads them. */
  private static final class Weighted implements InputIterator {

    private final Iterator<Map.Entry<String, Long>> entries;
    private long weight;

    Weighted(Iterator<Map.Entry<String, Long>> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      Map.Entry<String, Long> entry = entries.next();
      weight = entry.getValue();
      return new BytesRef(entry.getKey());
    }

    @Override
    public long weight() {
      return weight;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
