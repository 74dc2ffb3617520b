package org.corkboard.listing.entity;

/** The orders a list of listings can be read in: newest first, or by price either way. */
public enum Sort {
  NEWEST,
  PRICE_LOW,
  PRICE_HIGH
}
