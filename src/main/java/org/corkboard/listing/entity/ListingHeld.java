package org.corkboard.listing.entity;

/**
 * A listing was held for review (the word list matched its text) instead of being published,
 * announced inside that transaction so that moderation puts it in its queue.
 */
public record ListingHeld(Listing listing) {}
