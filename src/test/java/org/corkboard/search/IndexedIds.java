package org.corkboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.corkboard.search.boundary.SearchIndex;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.control.SearchResults;

/** What this node's search index finds for some words, read again until a test's change shows. */
public final class IndexedIds {

  /** Far longer than the second a change takes to be found: only a lost change waits this long. */
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private final SearchIndex index;

  public IndexedIds(SearchIndex index) {
    this.index = index;
  }

  /** A word no listing but a test's own has. */
  public static String randomWord() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  public List<Long> of(String text) {
    SearchResults results = index.search(SearchRequest.of(text, Instant.now()));
    return results.hits().stream().map(SearchResults.Hit::id).toList();
  }

  /** Waits until the index finds what is expected for the words, and fails if it never does. */
  public void await(String text, Predicate<List<Long>> expected) throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    List<Long> found = of(text);
    while (!expected.test(found) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(100);
      found = of(text);
    }
    assertThat(expected.test(found)).as("found for \"%s\": %s", text, found).isTrue();
  }
}
