package org.corkboard.wordlist.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.corkboard.wordlist.entity.ListedWord;
import org.corkboard.wordlist.entity.WordKind;

/** An entry of the word list as the console shows it (a page's view state may keep it). */
public record WordEntry(
    long id, WordKind kind, String text, String note, String addedBy, Instant addedAt)
    implements Serializable {

  static WordEntry of(ListedWord word) {
    return new WordEntry(
        word.getId(),
        word.getKind(),
        word.getText(),
        word.getNote(),
        word.getAddedBy(),
        word.getAddedAt());
  }
}
