package org.corkboard.listing.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A listing was added, changed or removed. Fired by the listing entity itself, so that no way of
 * writing a listing can forget to tell those who keep what they read.
 */
public record ListingWritten(long listingId) {

  /** The listing entity's listener. */
  public static class Signal {

    @Inject Event<ListingWritten> event;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Listing listing) {
      event.fire(new ListingWritten(listing.getId()));
    }
  }
}
