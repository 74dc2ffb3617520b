package org.corkboard.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search text as typed, split into words, "quoted phrases" and -excluded words or phrases. Any
 * text is accepted: control characters count as spaces, an unbalanced quote is ignored, a lone
 * minus is nothing, and only the beginning of a very long text is used.
 */
public record QueryText(
    List<String> words, List<String> phrases, List<String> excluded, boolean shortened) {

  public static final int MAX_LENGTH = 200;

  /** At most this many words, phrases and exclusions each: it bounds the cost of a query. */
  public static final int MAX_PARTS = 10;

  public static final QueryText NONE = new QueryText(List.of(), List.of(), List.of(), false);

  public QueryText {
    words = List.copyOf(words);
    phrases = List.copyOf(phrases);
    excluded = List.copyOf(excluded);
  }

  public static QueryText parse(String typed) {
    String text = clean(typed);
    boolean shortened = text.length() > MAX_LENGTH;
    if (shortened) {
      int end =
          Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
      text = text.substring(0, end);
    }
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      boolean minus = text.charAt(i) == '-';
      int start = minus ? i + 1 : i;
      int closing =
          start < text.length() && text.charAt(start) == '"' ? text.indexOf('"', start + 1) : -1;
      if (closing > 0) {
        (minus ? excluded : phrases).add(text.substring(start + 1, closing).strip());
        i = closing + 1;
      } else {
        int end = nextSpace(text, start);
        String word = text.substring(start, end).replace("\"", "");
        (minus ? excluded : words).add(word);
        i = end + 1;
      }
    }
    words.removeIf(String::isBlank);
    phrases.removeIf(String::isBlank);
    excluded.removeIf(String::isBlank);
    boolean tooMany =
        Stream.of(words, phrases, excluded).anyMatch(parts -> parts.size() > MAX_PARTS);
    return new QueryText(capped(words), capped(phrases), capped(excluded), shortened || tooMany);
  }

  /** True when there is nothing to look for or leave out. */
  public boolean isEmpty() {
    return words.isEmpty() && phrases.isEmpty() && excluded.isEmpty();
  }

  /** The text as it could be typed again: words, then phrases, then exclusions. */
  public String display() {
    return Stream.of(
            words.stream(),
            phrases.stream().map(phrase -> '"' + phrase + '"'),
            excluded.stream().map(part -> "-" + (part.contains(" ") ? '"' + part + '"' : part)))
        .flatMap(parts -> parts)
        .collect(Collectors.joining(" "));
  }

  QueryText withWords(List<String> replaced) {
    return new QueryText(replaced, phrases, excluded, shortened);
  }

  private static String clean(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(Math.min(typed.length(), 4 * MAX_LENGTH));
    for (int i = 0; i < typed.length() && clean.length() <= 4 * MAX_LENGTH; i++) {
      char c = typed.charAt(i);
      clean.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
    }
    return clean.toString().strip();
  }

  private static int nextSpace(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) != ' ') {
      end++;
    }
    return end;
  }

  private static List<String> capped(List<String> parts) {
    return parts.subList(0, Math.min(parts.size(), MAX_PARTS));
  }
}
