package org.corkboard.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean …": each word that matches no listing, in either language, is replaced by the most
 * common similar word of the listings' unstemmed text, so the proposal reads like something a
 * person typed.
 */
final class Spelling {

  private final DirectSpellChecker checker = new DirectSpellChecker();

  /** The words of the text that match no listing as typed, in either language. */
  Set<String> unknownWords(QueryText text, IndexReader reader) throws IOException {
    Set<String> unknown = new HashSet<>();
    for (String word : text.words()) {
      if (!isFound(word, reader)) {
        unknown.add(word);
      }
    }
    return unknown;
  }

  /**
   * The text with its unknown words corrected, or null when none could be corrected.
   *
   * @param unknown the words of the text that match no listing ({@link #unknownWords})
   */
  String correct(QueryText text, Set<String> unknown, IndexReader reader) throws IOException {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : text.words()) {
      String better = unknown.contains(word) ? correct(word, reader) : null;
      changed |= better != null;
      corrected.add(better == null ? word : better);
    }
    return changed ? text.withWords(corrected).display() : null;
  }

  private String correct(String word, IndexReader reader) throws IOException {
    List<String> terms = TextAnalysis.terms(TextAnalysis.PLAIN, word);
    if (terms.size() != 1) {
      return null;
    }
    SuggestWord[] suggestions =
        checker.suggestSimilar(
            new Term(ListingDocuments.SPELLING, terms.get(0)),
            1,
            reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? null : suggestions[0].string;
  }

  /** A word that matches as it is, such as a plural of an indexed word, is no typo. */
  private static boolean isFound(String word, IndexReader reader) throws IOException {
    for (String term : TextAnalysis.terms(TextAnalysis.ENGLISH, word)) {
      if (reader.docFreq(new Term(ListingDocuments.TEXT_EN, term)) > 0
          || reader.docFreq(new Term(ListingDocuments.TITLE_EN, term)) > 0) {
        return true;
      }
    }
    for (String term : TextAnalysis.terms(TextAnalysis.GERMAN, word)) {
      if (reader.docFreq(new Term(ListingDocuments.TEXT_DE, term)) > 0
          || reader.docFreq(new Term(ListingDocuments.TITLE_DE, term)) > 0) {
        return true;
      }
    }
    return false;
  }
}
