package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentUseTest {

  @TempDir Path folder;

  @Test
  void searchesRunWhileOneThreadWritesAndRefreshes() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try (TestIndex index = TestIndex.with(folder, TestListings.ALL)) {
      List<Future<?>> work = new ArrayList<>();
      work.add(
          threads.submit(
              () -> {
                for (long id = 100; id < 130; id++) {
                  index.index.update(TestListings.listing(id, "Spare bicycle " + id, "").build());
                  index.index.refresh();
                }
                index.index.commit(130);
                return null;
              }));
      for (int searcher = 0; searcher < 2; searcher++) {
        work.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 30; i++) {
                    assertThat(index.search("bicycle").total()).isGreaterThanOrEqualTo(2);
                  }
                  return null;
                }));
      }
      for (Future<?> done : work) {
        done.get(20, TimeUnit.SECONDS);
      }
      index.index.refresh();

      assertThat(index.search("spare bicycle").total()).isEqualTo(30);
    } finally {
      threads.shutdownNow();
    }
  }
}
