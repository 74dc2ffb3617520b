package org.corkboard.search.control;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests whose searches only read, over one index of the test listings per class. */
abstract class SearchesOverTestListings {

  @TempDir static Path folder;
  static TestIndex index;

  @BeforeAll
  static void fill() throws IOException {
    index = TestIndex.with(folder, TestListings.ALL);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }
}
