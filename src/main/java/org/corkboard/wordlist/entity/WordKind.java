package org.corkboard.wordlist.entity;

/** How an entry of the word list is matched. */
public enum WordKind {
  /** A word or phrase, in any case, as a whole word: "gun" does not find "begun". */
  WORD("Word"),
  /** A regular expression, in any case. */
  PATTERN("Pattern");

  private final String label;

  WordKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
