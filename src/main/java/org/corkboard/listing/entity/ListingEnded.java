package org.corkboard.listing.entity;

/**
 * An active listing was marked sold or closed ({@link Listing#getStatus()} says which). Fired
 * inside the transaction of the change, so that what others are told of it commits or rolls back
 * with it.
 */
public record ListingEnded(Listing listing) {}
