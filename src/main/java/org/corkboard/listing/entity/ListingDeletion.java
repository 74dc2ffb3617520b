package org.corkboard.listing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A deleted listing's id, kept for a while so that a search index that missed the announcement of
 * the deletion still learns of it (a deleted row leaves nothing else to find).
 */
@Entity
@Table(name = "listing_deletion")
public class ListingDeletion {

  @Id private Long listingId;
  private Instant deletedAt;

  protected ListingDeletion() {}

  public ListingDeletion(long listingId, Instant deletedAt) {
    this.listingId = listingId;
    this.deletedAt = Objects.requireNonNull(deletedAt);
  }

  public long getListingId() {
    return listingId;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }
}
