package org.corkboard.listing.entity;

/**
 * Where a listing is in its life: draft → active → sold, closed or expired; an active listing may
 * be hidden by moderation for a while (see {@link ListingHold}) and then shown again.
 */
public enum ListingStatus {
  DRAFT,
  ACTIVE,
  SOLD,
  CLOSED,
  EXPIRED,
  HIDDEN;

  /** Whether colleagues can find it by browsing (others may still open it by its link). */
  public boolean isListed() {
    return this == ACTIVE;
  }

  public boolean isFinished() {
    return this == SOLD || this == CLOSED || this == EXPIRED;
  }
}
