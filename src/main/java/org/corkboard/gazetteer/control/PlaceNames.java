package org.corkboard.gazetteer.control;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form in which town names are compared: without accents or case, "ß" as "ss", hyphens as
 * spaces and runs of spaces as one, so "MÜNCHEN", "münchen" and "Munchen" meet, as do
 * "Saint-Étienne" and "saint etienne".
 */
final class PlaceNames {

  /** Longer than any town name (the longest has 128 characters), short enough to refuse junk. */
  static final int MAX_LENGTH = 200;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String DASHES = "-‐‑–";

  private PlaceNames() {}

  /** The comparable form of what a person typed; empty for nothing, junk or control characters. */
  static Optional<String> key(String text) {
    if (text == null
        || text.length() > MAX_LENGTH
        || text.chars().anyMatch(PlaceNames::isControl)) {
      return Optional.empty();
    }
    String key = fold(text);
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  /** The comparable form of a name from the gazetteer, which is known to be clean. */
  static String fold(String name) {
    // Most names are plain ASCII; only the others pay for Unicode decomposition.
    String plain =
        isAscii(name)
            ? name
            : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder key = new StringBuilder(plain.length());
    boolean gap = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = Character.toLowerCase(plain.charAt(i));
      if (Character.isWhitespace(c) || DASHES.indexOf(c) >= 0) {
        gap = key.length() > 0;
      } else {
        if (gap) {
          key.append(' ');
        }
        appendWithoutAccent(key, c);
        gap = false;
      }
    }
    return key.toString();
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  /** Letters that Unicode does not decompose into a base letter and an accent. */
  private static void appendWithoutAccent(StringBuilder key, char c) {
    switch (c) {
      case 'ß' -> key.append("ss");
      case 'æ' -> key.append("ae");
      case 'œ' -> key.append("oe");
      case 'ø' -> key.append('o');
      case 'ł' -> key.append('l');
      case 'đ', 'ð' -> key.append('d');
      case 'ħ' -> key.append('h');
      case 'ı' -> key.append('i');
      case 'þ' -> key.append("th");
      default -> key.append(c);
    }
  }

  private static boolean isControl(int c) {
    return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
  }
}
