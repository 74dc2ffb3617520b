package org.corkboard.listing.entity;

import java.time.Instant;

/** A listing written or deleted at a moment, as the change feed reports it to search indexes. */
public record ListingChange(long listingId, Instant at) {}
