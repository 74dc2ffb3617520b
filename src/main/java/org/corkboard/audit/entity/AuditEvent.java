package org.corkboard.audit.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What happened, for the audit log: an action code such as {@code listing.hide} or {@code
 * account.role.grant}, what it was done to (a kind and an id), the state before and after as short
 * text, and the reason given, if any.
 */
public record AuditEvent(
    String action,
    String subjectKind,
    String subjectId,
    String before,
    String after,
    String reason) {

  /** Lower-case words joined by dots, the feature first: {@code account.role.grant}. */
  public static final Pattern ACTION = Pattern.compile("[a-z][a-z-]*(\\.[a-z][a-z-]*)+");

  public AuditEvent {
    if (action == null || !ACTION.matcher(action).matches() || action.length() > 60) {
      throw new IllegalArgumentException("Not an action code: " + action);
    }
    Objects.requireNonNull(subjectKind, "An audited action has a subject.");
    Objects.requireNonNull(subjectId, "An audited action has a subject.");
  }

  public static AuditEvent of(String action, String subjectKind, Object subjectId) {
    return new AuditEvent(action, subjectKind, String.valueOf(subjectId), null, null, null);
  }

  public AuditEvent change(String before, String after) {
    return new AuditEvent(action, subjectKind, subjectId, before, after, reason);
  }

  public AuditEvent because(String reason) {
    return new AuditEvent(action, subjectKind, subjectId, before, after, reason);
  }
}
