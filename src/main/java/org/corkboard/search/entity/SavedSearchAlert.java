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
import java.time.Instant;
import java.util.Objects;

/**
 * A listing found for a saved search. There is at most one for each pair (a unique key in the
 * database): it is written in the transaction that tells the owner, so the owner hears of each
 * listing once per saved search, whatever is delivered again.
 */
@Entity
@Table(name = "saved_search_alert")
public class SavedSearchAlert {

  @Id
  @SequenceGenerator(
      name = "saved_search_alert_seq",
      sequenceName = "saved_search_alert_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_alert_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "saved_search_id")
  private SavedSearch savedSearch;

  private Long listingId;
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  private AlertMail mail;

  protected SavedSearchAlert() {}

  public SavedSearchAlert(SavedSearch savedSearch, long listingId, Instant now) {
    this.savedSearch = Objects.requireNonNull(savedSearch);
    this.listingId = listingId;
    this.createdAt = Objects.requireNonNull(now);
    this.mail =
        savedSearch.getFrequency() == Frequency.IMMEDIATE ? AlertMail.MAILED : AlertMail.DIGEST;
  }

  /** The daily digest has dealt with it: told of it, or left it out as no longer public. */
  public void digested(boolean told) {
    mail = told ? AlertMail.DIGESTED : AlertMail.LEFT_OUT;
  }

  public Long getId() {
    return id;
  }

  public SavedSearch getSavedSearch() {
    return savedSearch;
  }

  public long getListingId() {
    return listingId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public AlertMail getMail() {
    return mail;
  }
}
