package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.search.control.TestListings.CITY_BICYCLE;
import static org.corkboard.search.control.TestListings.SOFA;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingIndexTest {

  @TempDir Path folder;

  private static List<Long> ids(ListingIndex index, String text) throws IOException {
    return new ListingSearch(index)
        .search(SearchRequest.of(text, TestListings.NOW)).hits().stream()
            .map(SearchResults.Hit::id)
            .toList();
  }

  @Test
  void aNewIndexNeedsARebuildUntilItHadOne() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(index.appliedUpTo()).isZero();

      index.rebuild(Stream.of(CITY_BICYCLE), 41);

      assertThat(index.needsRebuild()).isFalse();
      assertThat(index.appliedUpTo()).isEqualTo(41);
      assertThat(ids(index, "bicycle")).containsExactly(1L);
    }
  }

  @Test
  void theHighWaterMarkAndFormatSurviveReopening() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE), 41);
      index.update(SOFA);
      index.commit(42);
    }
    try (ListingIndex index = ListingIndex.open(folder)) {
      assertThat(index.needsRebuild()).isFalse();
      assertThat(index.appliedUpTo()).isEqualTo(42);
      assertThat(ids(index, "")).containsExactly(1L, 5L);
    }
  }

  @Test
  void changesAfterTheLastCommitAreDroppedOnClose() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE), 41);
      index.update(SOFA);
      index.refresh();
      assertThat(ids(index, "sofa")).containsExactly(5L);
    }
    try (ListingIndex index = ListingIndex.open(folder)) {
      assertThat(index.appliedUpTo()).isEqualTo(41);
      assertThat(ids(index, "sofa")).isEmpty();
    }
  }

  @Test
  void anIndexWithoutOurFormatIsStartedAfresh() throws IOException {
    try (IndexWriter foreign =
        new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "99", Store.YES));
      foreign.addDocument(doc);
      foreign.commit();
    }
    try (ListingIndex index = ListingIndex.open(folder)) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(ids(index, "")).isEmpty();
    }
  }

  @Test
  void aChangeIsSearchableAfterARefresh() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE), 1);

      index.update(SOFA);
      assertThat(ids(index, "sofa")).isEmpty();
      index.refresh();

      assertThat(ids(index, "sofa")).containsExactly(5L);
    }
  }

  @Test
  void anUpdateReplacesTheListingWithTheSameId() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE), 1);

      index.update(TestListings.listing(1, "Blue tandem", "For two.").build());
      index.refresh();

      assertThat(ids(index, "bicycle")).isEmpty();
      assertThat(ids(index, "tandem")).containsExactly(1L);
      assertThat(ids(index, "")).containsExactly(1L);
    }
  }

  @Test
  void aListingChangedWhileTheRebuildReadsIsInTheIndexOnce() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      Stream<IndexedListing> readWhileSofaChanges =
          Stream.of(CITY_BICYCLE, SOFA)
              .peek(
                  listing -> {
                    if (listing == SOFA) {
                      try {
                        index.update(SOFA);
                      } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    }
                  });

      index.rebuild(readWhileSofaChanges, 1);

      assertThat(ids(index, "")).containsExactlyInAnyOrder(1L, 5L);
    }
  }

  @Test
  void aDeletedListingIsNoLongerFound() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE, SOFA), 1);

      index.delete(1);
      index.refresh();

      assertThat(ids(index, "")).containsExactly(5L);
    }
  }

  @Test
  void aRebuildReplacesEverything() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE), 1);

      index.rebuild(Stream.of(SOFA), 2);

      assertThat(ids(index, "")).containsExactly(5L);
    }
  }

  @Test
  void aFailedRebuildLeavesTheIndexNeedingOne() throws IOException {
    try (ListingIndex index = ListingIndex.open(folder)) {
      index.rebuild(Stream.of(CITY_BICYCLE), 1);
      Stream<IndexedListing> failing =
          Stream.of(SOFA)
              .map(
                  listing -> {
                    throw new IllegalStateException("database gone");
                  });

      assertThatThrownBy(() -> index.rebuild(failing, 2)).hasMessage("database gone");

      assertThat(index.needsRebuild()).isTrue();
      index.refresh();
      assertThat(ids(index, "")).containsExactly(1L);
    }
    try (ListingIndex index = ListingIndex.open(folder)) {
      assertThat(index.needsRebuild()).isFalse();
      assertThat(ids(index, "")).containsExactly(1L);
    }
  }
}
