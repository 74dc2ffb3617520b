package org.corkboard.search.control;

/** The one-typo rule of the fuzzy search, for marking what it found. */
final class Typos {

  private Typos() {}

  /**
   * True when the words differ by at most one edit — a letter added, left out, changed, or two
   * neighbours swapped — after a common first letter, as the fuzzy query allows.
   */
  static boolean withinOneEdit(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return i == a.length()
          || a.substring(i + 1).equals(b.substring(i + 1))
          || (i + 1 < a.length()
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2)));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
