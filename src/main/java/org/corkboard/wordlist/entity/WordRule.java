package org.corkboard.wordlist.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.corkboard.platform.Refused;

/**
 * An entry of the word list, checked and compiled, that finds itself in a text.
 *
 * <p>A regular expression can take exponential time on some texts ({@code (.*a){20}}). Three things
 * keep that off the server: a pattern is short, a pattern that is already slow on a test text is
 * refused, and every match runs against a deadline; a match that runs out of time counts as a
 * match, so the listing waits for a moderator rather than a thread for the pattern.
 */
public final class WordRule {

  public static final int MAX_LENGTH = 100;
  static final long DEADLINE_NANOS = 50_000_000L;
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Letters, digits and underscores: what a word is made of, on both sides of a whole word. */
  private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

  /** A text that makes many careless patterns backtrack. */
  private static final String TRIAL = "a".repeat(30) + "1 " + "aa ".repeat(20) + "!";

  private final WordKind kind;
  private final String text;
  private final Pattern pattern;

  private WordRule(WordKind kind, String text, Pattern pattern) {
    this.kind = kind;
    this.text = text;
    this.pattern = pattern;
  }

  /** The entry as typed, checked; refused with what is wrong, for the field {@code text}. */
  public static WordRule of(WordKind kind, String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new Refused("text", "Type a word or a pattern.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new Refused(
          "text",
          "Keep it to " + MAX_LENGTH + " characters (long patterns can be very slow to match).");
    }
    return kind == WordKind.WORD ? word(text) : pattern(text);
  }

  /**
   * An entry as kept, checked when it was added: compiled without the trial, whose timing depends
   * on how busy the server is, so that a kept entry never refuses somebody's listing.
   */
  public static WordRule kept(WordKind kind, String text) {
    return new WordRule(kind, text, compile(kind, text));
  }

  private static Pattern compile(WordKind kind, String text) {
    return kind == WordKind.WORD
        ? Pattern.compile(
            "(?<!" + WORD_CHAR + ")" + Pattern.quote(text) + "(?!" + WORD_CHAR + ")", FLAGS)
        : Pattern.compile(text, FLAGS);
  }

  private static WordRule word(String text) {
    if (!text.matches(".*" + WORD_CHAR + ".*")) {
      throw new Refused("text", "A word needs at least one letter or digit.");
    }
    return kept(WordKind.WORD, text);
  }

  private static WordRule pattern(String text) {
    Pattern pattern;
    try {
      pattern = compile(WordKind.PATTERN, text);
    } catch (PatternSyntaxException e) {
      throw new Refused(
          "text",
          "This is not a regular expression: "
              + e.getDescription()
              + " (at "
              + e.getIndex()
              + ").");
    }
    WordRule rule = new WordRule(WordKind.PATTERN, text, pattern);
    if (pattern.matcher("").find()) {
      throw new Refused(
          "text", "This pattern matches an empty text, so it would hold every listing.");
    }
    if (rule.runsOutOfTime(TRIAL)) {
      throw new Refused(
          "text",
          "This pattern takes too long to match (repetition inside repetition, like (.*a){20}); simplify it.");
    }
    return rule;
  }

  /** What of the text matched, if anything did: the text itself when time ran out. */
  public Optional<String> findIn(String text) {
    try {
      Matcher matcher = pattern.matcher(new Deadline(text, System.nanoTime() + DEADLINE_NANOS));
      return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    } catch (Deadline.Passed e) {
      return Optional.of(text);
    }
  }

  private boolean runsOutOfTime(String trial) {
    try {
      pattern.matcher(new Deadline(trial, System.nanoTime() + DEADLINE_NANOS)).find();
      return false;
    } catch (Deadline.Passed e) {
      return true;
    }
  }

  public WordKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  /** A text that gives up when a match reads it past its deadline. */
  private record Deadline(CharSequence text, long until) implements CharSequence {

    static final class Passed extends RuntimeException {
      Passed() {
        super(null, null, false, false);
      }
    }

    @Override
    public char charAt(int index) {
      if (System.nanoTime() > until) {
        throw new Passed();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Deadline(text.subSequence(start, end), until);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
