package org.corkboard.listing.entity;

/** The state of a used item, for the listing types where it matters. */
public enum Condition {
  NEW("New"),
  LIKE_NEW("Like new"),
  GOOD("Good"),
  FAIR("Fair"),
  FOR_PARTS("For parts");

  private final String label;

  Condition(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
