package org.corkboard.search.control;

import static org.corkboard.search.control.ListingDocuments.TEXT_DE;
import static org.corkboard.search.control.ListingDocuments.TEXT_EN;
import static org.corkboard.search.control.ListingDocuments.TITLE_DE;
import static org.corkboard.search.control.ListingDocuments.TITLE_EN;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query of a search text from its analysed tokens; user input never reaches a
 * query parser. Each word must match in the title or the text, in English or German analysis,
 * whichever scores best; a title match counts three times. Words that either language drops as too
 * common ("the", "und") are not required, since the other field would require them.
 */
final class TextQueries {

  static final float TITLE_BOOST = 3f;

  /** Fuzzy terms shorter than this match too much with one edit; they must match exactly. */
  static final int MIN_FUZZY_LENGTH = 4;

  private static final int MAX_FUZZY_EXPANSIONS = 10;

  private static final QueryBuilder ENGLISH = new QueryBuilder(TextAnalysis.ENGLISH);
  private static final QueryBuilder GERMAN = new QueryBuilder(TextAnalysis.GERMAN);

  private TextQueries() {}

  /** The query of the text as typed, or null when nothing in it can be searched for. */
  static Query exact(QueryText text) {
    return of(text, word -> false);
  }

  /**
   * The query of the text, or null when nothing in it can be searched for. The words {@code fuzzy}
   * accepts may have one typo.
   */
  static Query of(QueryText text, Predicate<String> fuzzy) {
    List<Query> required = new ArrayList<>();
    text.words().forEach(word -> addIfAny(required, word(word, fuzzy.test(word))));
    text.phrases().forEach(phrase -> addIfAny(required, phrase(phrase)));
    List<Query> excluded = new ArrayList<>();
    text.excluded().forEach(part -> addIfAny(excluded, phrase(part)));
    if (required.isEmpty() && excluded.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (required.isEmpty()) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    required.forEach(part -> query.add(part, Occur.MUST));
    excluded.forEach(part -> query.add(part, Occur.MUST_NOT));
    return query.build();
  }

  /** True when the text has something to look for, not only things to leave out. */
  static boolean hasPositiveTerms(QueryText text) {
    return text.words().stream().anyMatch(TextQueries::isSearchable)
        || text.phrases().stream().anyMatch(phrase -> phrase(phrase) != null);
  }

  private static Query word(String word, boolean fuzzy) {
    return anyField((analyzer, field) -> word(analyzer, field, word, fuzzy));
  }

  private static Query phrase(String phrase) {
    return anyField((analyzer, field) -> phrase(analyzer, field, phrase));
  }

  private static void addIfAny(List<Query> parts, Query part) {
    if (part != null) {
      parts.add(part);
    }
  }

  private static boolean isSearchable(String word) {
    return !TextAnalysis.terms(TextAnalysis.ENGLISH, word).isEmpty()
        && !TextAnalysis.terms(TextAnalysis.GERMAN, word).isEmpty();
  }

  private static Query anyField(BiFunction<Analyzer, String, Query> query) {
    List<Query> alternatives = new ArrayList<>();
    add(alternatives, query.apply(TextAnalysis.ENGLISH, TITLE_EN), TITLE_BOOST);
    add(alternatives, query.apply(TextAnalysis.ENGLISH, TEXT_EN), 1f);
    add(alternatives, query.apply(TextAnalysis.GERMAN, TITLE_DE), TITLE_BOOST);
    add(alternatives, query.apply(TextAnalysis.GERMAN, TEXT_DE), 1f);
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private static void add(List<Query> alternatives, Query query, float boost) {
    if (query != null) {
      alternatives.add(boost == 1f ? query : new BoostQuery(query, boost));
    }
  }

  private static Query word(Analyzer analyzer, String field, String word, boolean fuzzy) {
    if (!isSearchable(word)) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String term : TextAnalysis.terms(analyzer, word)) {
      Term indexed = new Term(field, term);
      all.add(
          fuzzy && term.length() >= MIN_FUZZY_LENGTH
              ? new FuzzyQuery(indexed, 1, 1, MAX_FUZZY_EXPANSIONS, true)
              : new TermQuery(indexed),
          Occur.MUST);
    }
    return all.build();
  }

  private static Query phrase(Analyzer analyzer, String field, String phrase) {
    return (analyzer == TextAnalysis.ENGLISH ? ENGLISH : GERMAN).createPhraseQuery(field, phrase);
  }
}
