package org.corkboard.platform;

import java.util.List;
import java.util.stream.IntStream;

/** Counting pages of a list shown a page at a time. */
public final class Pages {

  private Pages() {}

  /** How many pages {@code total} items fill, {@code size} to a page; an empty list has one. */
  public static int count(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** The page numbers to offer as links: the first, the last and those near the current one. */
  public static List<Integer> links(int current, int pages) {
    return IntStream.rangeClosed(1, pages)
        .filter(p -> p == 1 || p == pages || Math.abs(p - current) <= 2)
        .boxed()
        .toList();
  }
}
