package org.corkboard.search.web;

import java.util.Random;

/** Words for tests that search: ones no listing has, nor one within a typo of them. */
final class SearchWords {

  private static final Random RANDOM = new Random();

  private SearchWords() {}

  /** Letters only, so that a typo of it is still a word to the search. */
  static String random() {
    StringBuilder word = new StringBuilder("qx");
    for (int i = 0; i < 9; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }
}
