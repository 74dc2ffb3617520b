package org.corkboard.listing.entity;

import java.util.EnumSet;
import java.util.Set;

/** What kind of ad a listing is, and which prices and details that kind allows. */
public enum ListingType {
  FOR_SALE("For sale", EnumSet.of(PriceMode.FIXED, PriceMode.NEGOTIABLE), true),
  FREE("Free / give-away", EnumSet.of(PriceMode.FREE), true),
  WANTED("Wanted", EnumSet.of(PriceMode.NONE), false),
  FOR_RENT("For rent", EnumSet.of(PriceMode.FIXED, PriceMode.NEGOTIABLE), false),
  SERVICE("Service", EnumSet.of(PriceMode.FIXED, PriceMode.NEGOTIABLE, PriceMode.FREE), false),
  JOB("Job", EnumSet.of(PriceMode.NONE, PriceMode.FIXED, PriceMode.NEGOTIABLE), false),
  RIDE_SHARE(
      "Ride share", EnumSet.of(PriceMode.FREE, PriceMode.FIXED, PriceMode.NEGOTIABLE), false);

  private final String label;
  private final Set<PriceMode> priceModes;
  private final boolean hasCondition;

  ListingType(String label, Set<PriceMode> priceModes, boolean hasCondition) {
    this.label = label;
    this.priceModes = priceModes;
    this.hasCondition = hasCondition;
  }

  public String label() {
    return label;
  }

  public boolean allows(PriceMode mode) {
    return priceModes.contains(mode);
  }

  /** The price modes this type allows, the usual one first. */
  public Set<PriceMode> priceModes() {
    return EnumSet.copyOf(priceModes);
  }

  /** Whether the item's condition (new, like new, ...) applies. */
  public boolean hasCondition() {
    return hasCondition;
  }
}
