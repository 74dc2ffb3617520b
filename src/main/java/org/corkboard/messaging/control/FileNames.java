package org.corkboard.messaging.control;

import java.util.Locale;

/**
 * The name a sent file is shown and downloaded under: the sender's name for it without folders,
 * control characters or characters that mean something in a header, shortened, and with the
 * extension of what it really is.
 */
final class FileNames {

  static final int MAX_LENGTH = 120;

  private FileNames() {}

  static String withExtension(String original, String fallback, String extension) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;]", "").strip();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (stem.isBlank()) {
      stem = fallback;
    }
    int room = MAX_LENGTH - extension.length();
    if (stem.codePointCount(0, stem.length()) > room) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
    }
    return stem + extension.toLowerCase(Locale.ROOT);
  }
}
