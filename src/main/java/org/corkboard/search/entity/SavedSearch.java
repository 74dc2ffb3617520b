package org.corkboard.search.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.account.entity.Account;
import org.corkboard.platform.Refused;

/**
 * A search someone keeps, by a name of their choosing, to hear of new listings it finds. The search
 * is its canonical GET query string, so it runs again exactly as it ran when saved. A paused search
 * tells of nothing.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

  public static final int MAX_NAME = 100;

  @Id
  @SequenceGenerator(
      name = "saved_search_seq",
      sequenceName = "saved_search_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id")
  private Account owner;

  private String name;
  private String query;

  @Enumerated(EnumType.STRING)
  private Frequency frequency;

  private boolean paused;
  private Instant createdAt;

  @Version private long version;

  protected SavedSearch() {}

  public SavedSearch(Account owner, String name, String query, Frequency frequency, Instant now) {
    this.owner = Objects.requireNonNull(owner);
    this.query = Objects.requireNonNull(query);
    this.createdAt = Objects.requireNonNull(now);
    change(name, frequency);
  }

  /** Gives it a new name and alert frequency. */
  public void change(String name, Frequency frequency) {
    this.name = checkedName(name);
    this.frequency = Objects.requireNonNull(frequency);
  }

  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }

  private static String checkedName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty()) {
      throw new Refused("name", "Give the search a name.");
    }
    if (stripped.length() > MAX_NAME) {
      throw new Refused("name", "A name has at most " + MAX_NAME + " characters.");
    }
    return stripped;
  }

  public boolean isOwnedBy(Account account) {
    return owner.equals(account);
  }

  public Long getId() {
    return id;
  }

  public Account getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getQuery() {
    return query;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public boolean isPaused() {
    return paused;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SavedSearch s && id != null && id.equals(s.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
