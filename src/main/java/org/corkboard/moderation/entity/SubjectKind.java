package org.corkboard.moderation.entity;

/** What a report is about. */
public enum SubjectKind {
  LISTING("Listing"),
  PROFILE("Profile"),
  MESSAGE("Message");

  private final String label;

  SubjectKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
