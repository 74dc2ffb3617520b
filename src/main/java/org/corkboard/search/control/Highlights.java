package org.corkboard.search.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Marks the words of a search in a title or description, as HTML. A word is marked when it matches
 * in English or in German analysis, so "Fahrräder" marks "Fahrrad" as the search found it. All text
 * is escaped: titles are typed by anyone, and the page outputs this unescaped.
 */
final class Highlights {

  static final int SNIPPET_LENGTH = 200;

  /** How much text a snippet shows before its first marked word. */
  private static final int LEAD = 40;

  private final Set<String> englishTerms;
  private final Set<String> germanTerms;
  private final boolean fuzzy;

  Highlights(QueryText text, boolean fuzzy) {
    List<String> sought = Stream.concat(text.words().stream(), text.phrases().stream()).toList();
    englishTerms = terms(TextAnalysis.ENGLISH, sought);
    germanTerms = terms(TextAnalysis.GERMAN, sought);
    this.fuzzy = fuzzy;
  }

  String title(String title) {
    return html(title, 0, title.length(), marks(title, title.length()));
  }

  /** About {@value #SNIPPET_LENGTH} characters of the description around its first match. */
  String snippet(String description) {
    List<int[]> marks = marks(description, SNIPPET_LENGTH);
    int start = 0;
    if (!marks.isEmpty() && marks.get(0)[0] > LEAD) {
      int first = marks.get(0)[0];
      start = Math.min(description.indexOf(' ', first - LEAD) + 1, first);
    }
    int end = Math.min(description.length(), start + SNIPPET_LENGTH);
    if (end < description.length()) {
      int space = description.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return (start > 0 ? "… " : "")
        + html(description, start, end, marks)
        + (end < description.length() ? " …" : "");
  }

  /**
   * The marked words of the text, up to {@code reach} characters after the first of them: a snippet
   * never shows more, and a long description need not be analysed to its end.
   */
  private List<int[]> marks(String text, int reach) {
    List<int[]> marks = new ArrayList<>();
    addMarks(marks, TextAnalysis.ENGLISH, englishTerms, text, reach);
    addMarks(marks, TextAnalysis.GERMAN, germanTerms, text, reach);
    marks.sort(Comparator.comparingInt(mark -> mark[0]));
    return marks;
  }

  private void addMarks(
      List<int[]> marks, Analyzer analyzer, Set<String> sought, String text, int reach) {
    if (sought.isEmpty()) {
      return;
    }
    int firstBefore = marks.stream().mapToInt(mark -> mark[0]).min().orElse(Integer.MAX_VALUE);
    int[] first = {firstBefore};
    TextAnalysis.scan(
        analyzer,
        text,
        token -> {
          if (token.start() - first[0] > reach) {
            return false;
          }
          if (matches(sought, token.term())) {
            marks.add(new int[] {token.start(), token.end()});
            first[0] = Math.min(first[0], token.start());
          }
          return true;
        });
  }

  private boolean matches(Set<String> sought, String term) {
    if (sought.contains(term)) {
      return true;
    }
    return fuzzy
        && term.length() >= TextQueries.MIN_FUZZY_LENGTH
        && sought.stream().anyMatch(word -> Typos.withinOneEdit(word, term));
  }

  /** The text from start to end, escaped, with the marks inside it; overlapping marks merge. */
  private static String html(String text, int start, int end, List<int[]> marks) {
    StringBuilder html = new StringBuilder();
    int at = start;
    for (int[] mark : marks) {
      int from = Math.max(mark[0], at);
      int to = Math.min(mark[1], end);
      if (from < to) {
        escape(html, text, at, from);
        html.append("<mark>");
        escape(html, text, from, to);
        html.append("</mark>");
        at = to;
      }
    }
    escape(html, text, at, end);
    return html.toString().replace("</mark><mark>", "");
  }

  private static void escape(StringBuilder html, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }

  private static Set<String> terms(Analyzer analyzer, List<String> texts) {
    Set<String> terms = new HashSet<>();
    texts.forEach(text -> terms.addAll(TextAnalysis.terms(analyzer, text)));
    return terms;
  }
}
