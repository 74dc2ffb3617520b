package org.corkboard.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analyzers of the listing index. People write in English and German, and one analyzer cannot
 * stem both, so every text is indexed twice: English (Porter stemming, "bicycles" → "bicycl") and
 * German (light stemming after folding umlauts, "Fahrräder" → "fahrrad"). Analyzers are thread-safe
 * and kept for the life of the application.
 */
final class TextAnalysis {

  static final Analyzer ENGLISH = new EnglishAnalyzer();
  static final Analyzer GERMAN = new GermanAnalyzer();

  /** Lower-cased words without stemming: real words for "did you mean". */
  static final Analyzer PLAIN = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  /** Lower-cased and folded words, so that "fahrra" completes "Fahrräder" and "fahrrä" does too. */
  static final Analyzer FOLDED =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer tokenizer = new StandardTokenizer();
          return new TokenStreamComponents(
              tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
          return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
      };

  /** Token and where it stands in the analysed text. */
  record Token(String term, int start, int end) {}

  private TextAnalysis() {}

  /** The analyzer of each indexed text field; other fields are not analysed. */
  static Analyzer forIndex() {
    return new PerFieldAnalyzerWrapper(
        PLAIN,
        Map.of(
            ListingDocuments.TITLE_EN, ENGLISH,
            ListingDocuments.TEXT_EN, ENGLISH,
            ListingDocuments.TITLE_DE, GERMAN,
            ListingDocuments.TEXT_DE, GERMAN));
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    scan(analyzer, text, tokens::add);
    return tokens;
  }

  /** Hands the text's tokens, in order, to {@code next} until it answers false or they end. */
  static void scan(Analyzer analyzer, String text, Predicate<Token> next) {
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()
          && next.test(new Token(term.toString(), offset.startOffset(), offset.endOffset()))) {
        // each token was handed over by the condition
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing text in memory failed", e);
    }
  }
}
