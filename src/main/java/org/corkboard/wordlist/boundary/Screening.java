package org.corkboard.wordlist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.corkboard.platform.NodeCache;
import org.corkboard.wordlist.control.ListedWords;
import org.corkboard.wordlist.entity.ListedWord;
import org.corkboard.wordlist.entity.WordListChanged;
import org.corkboard.wordlist.entity.WordRule;

/**
 * Checks a listing's text against the word list. Every posting and edit asks, so each node keeps
 * the list compiled and reads it again after a change of its own (once committed) and at most 30
 * seconds after the last reading: other nodes of a cluster learn of a change that way rather than
 * by a message, since the list changes rarely and a listing posted in the half minute after a
 * change can still be reported; a re-read needs no topic and cannot be missed.
 */
@ApplicationScoped
public class Screening {

  private static final Duration MAX_AGE = Duration.ofSeconds(30);
  private static final int MAX_SHOWN = 60;

  @Inject ListedWords words;
  @Inject Clock clock;

  private NodeCache<List<WordRule>> rules;

  @PostConstruct
  void start() {
    rules =
        new NodeCache<>(() -> words.all().stream().map(ListedWord::rule).toList(), MAX_AGE, clock);
  }

  /**
   * Why the texts are held for review, for their owner: "… contains “…”", or nothing if no entry of
   * the list is found in them.
   */
  public Optional<String> holdReason(String... texts) {
    return holdReason(rules.get(), texts);
  }

  /** Why the texts are held by these rules, as {@link #holdReason(String...)} tells it. */
  public static Optional<String> holdReason(List<WordRule> rules, String... texts) {
    for (WordRule rule : rules) {
      for (String text : texts) {
        Optional<String> found = text == null ? Optional.empty() : rule.findIn(text);
        if (found.isPresent()) {
          return Optional.of(
              "Held for review because its title or description contains “"
                  + shown(found.get())
                  + "”. A moderator will look at it soon.");
        }
      }
    }
    return Optional.empty();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WordListChanged change) {
    rules.invalidate();
  }

  private static String shown(String found) {
    String line = found.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_SHOWN ? line : line.substring(0, MAX_SHOWN) + "…";
  }
}
