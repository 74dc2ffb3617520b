package org.corkboard.wordlist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.platform.Refused;

/** An entry of the word list as kept: a word or a pattern, and a note of why it is there. */
@Entity
@Table(name = "listed_word")
@NamedQuery(
    name = "ListedWord.all",
    query = "SELECT w FROM ListedWord w ORDER BY w.kind, w.text, w.id")
public class ListedWord {

  public static final int MAX_NOTE = 500;

  @Id
  @SequenceGenerator(
      name = "listed_word_seq",
      sequenceName = "listed_word_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listed_word_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private WordKind kind;

  @Column(name = "word_text")
  private String text;

  private String note;
  private Instant addedAt;
  private String addedBy;

  @Version private long version;

  protected ListedWord() {}

  /** The entry of a checked rule; the note is trimmed, and empty becomes none. */
  public ListedWord(WordRule rule, String note, String addedBy, Instant now) {
    String kept = note == null ? "" : note.strip();
    if (kept.length() > MAX_NOTE) {
      throw new Refused("note", "Keep the note to " + MAX_NOTE + " characters.");
    }
    this.kind = rule.kind();
    this.text = rule.text();
    this.note = kept.isEmpty() ? null : kept;
    this.addedBy = Objects.requireNonNull(addedBy);
    this.addedAt = Objects.requireNonNull(now);
  }

  /** The entry as a rule to match; it was checked when it was added. */
  public WordRule rule() {
    return WordRule.kept(kind, text);
  }

  /** "word: knife", "pattern: repl?ica", as the audit log shows it. */
  public String describe() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
  }

  public Long getId() {
    return id;
  }

  public WordKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getNote() {
    return note;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListedWord w && id != null && id.equals(w.id);
  }

  @Override
  public int hashCode() {
    return ListedWord.class.hashCode();
  }
}
