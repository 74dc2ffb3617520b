package org.corkboard.listing.entity;

/**
 * A listing held for review before anyone saw it was published by a moderator: it becomes public
 * for the first time, as if just published (saved searches are told of it).
 */
public record ListingReleased(long listingId) {}
