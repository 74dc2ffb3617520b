package org.corkboard.platform;

/** Counting pages of a list shown a page at a time. */
public final class Pages {

  private Pages() {}

  /** How many pages {@code total} items fill, {@code size} to a page; an empty list has one. */
  public static int count(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
