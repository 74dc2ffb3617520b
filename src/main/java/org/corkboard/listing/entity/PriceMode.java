package org.corkboard.listing.entity;

/** How a listing is priced. */
public enum PriceMode {
  /** A set price. */
  FIXED,
  /** A price the seller is open to discuss. */
  NEGOTIABLE,
  /** Given away, or offered for nothing. */
  FREE,
  /** No price at all, as for something wanted. */
  NONE;

  public boolean hasAmount() {
    return this == FIXED || this == NEGOTIABLE;
  }
}
