package org.corkboard.moderation.entity;

import java.util.EnumSet;
import java.util.Set;

/** What a moderator decides about a reported subject, and about which kinds it may be decided. */
public enum Verdict {
  DISMISS("Dismissed", EnumSet.allOf(SubjectKind.class)),
  HIDE("Listing hidden", EnumSet.of(SubjectKind.LISTING)),
  RESTORE("Listing shown again", EnumSet.of(SubjectKind.LISTING)),
  REMOVE_MESSAGE("Message removed", EnumSet.of(SubjectKind.MESSAGE)),
  WARN("Person warned", EnumSet.allOf(SubjectKind.class)),
  SUSPEND("Person suspended", EnumSet.allOf(SubjectKind.class));

  private final String label;
  private final Set<SubjectKind> appliesTo;

  Verdict(String label, Set<SubjectKind> appliesTo) {
    this.label = label;
    this.appliesTo = appliesTo;
  }

  public String getLabel() {
    return label;
  }

  public boolean appliesTo(SubjectKind kind) {
    return appliesTo.contains(kind);
  }
}
