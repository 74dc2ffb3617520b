package org.corkboard.listing.entity;

/**
 * The owner lowered the price of an active listing (see {@link Price#isDropFrom}). Fired inside the
 * transaction of the change, so that what others are told of it commits or rolls back with it.
 */
public record PriceLowered(Listing listing, Price before) {}
