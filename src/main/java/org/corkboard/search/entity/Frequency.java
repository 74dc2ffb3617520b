package org.corkboard.search.entity;

/** How soon a saved search tells of a new listing by e-mail; the notification centre at once. */
public enum Frequency {
  IMMEDIATE("Right away"),
  DAILY("In a daily digest");

  private final String label;

  Frequency(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
