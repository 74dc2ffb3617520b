package org.corkboard.listing.entity;

import java.text.Normalizer;

/** Readable URL parts: "Rotes Fahrrad, 28 Zoll" becomes "rotes-fahrrad-28-zoll". */
public final class Slugs {

  private static final int MAX_LENGTH = 60;

  private Slugs() {}

  /**
   * Letters lose their accents, runs of anything else but ASCII letters and digits become one dash.
   * One pass without regular expressions: every card on every page has a slug.
   */
  public static String of(String title) {
    String text = decomposed(title == null ? "" : title.replace("ß", "ss"));
    StringBuilder slug = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        int needed = gap && !slug.isEmpty() ? 2 : 1;
        if (slug.length() + needed > MAX_LENGTH) {
          break;
        }
        if (needed == 2) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else if (!isMark(c)) {
        gap = true;
      }
    }
    return slug.isEmpty() ? "listing" : slug.toString();
  }

  /** Accented letters as base letter and combining mark; plain ASCII needs no work. */
  private static String decomposed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
      }
    }
    return text;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
