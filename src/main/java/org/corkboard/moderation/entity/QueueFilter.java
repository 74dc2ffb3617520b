package org.corkboard.moderation.entity;

import java.io.Serializable;
import java.util.Locale;

/**
 * Which waiting cases to show: of one kind, with an open report of one reason, about what one
 * person (by username) owns. Null means any.
 */
public record QueueFilter(SubjectKind kind, ReportReason reason, String owner)
    implements Serializable {

  public static final QueueFilter ANY = new QueueFilter(null, null, null);

  /** Usernames are kept in lower case; a blank owner means any. */
  public QueueFilter {
    owner = owner == null || owner.isBlank() ? null : owner.strip().toLowerCase(Locale.ROOT);
  }
}
