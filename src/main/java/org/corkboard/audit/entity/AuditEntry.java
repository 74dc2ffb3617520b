package org.corkboard.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log. Append-only: it is written once, every column is left out of updates,
 * there is nothing to change it with, and nothing in the application deletes it. Not cached: the
 * log is read by searches, never by id.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int MAX_VALUE = 2000;
  static final int MAX_REASON = 1000;

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @Column(updatable = false)
  private Long id;

  @Column(updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private Long actorId;

  @Column(updatable = false)
  private String actorUsername;

  @Column(updatable = false)
  private String action;

  @Column(updatable = false)
  private String subjectKind;

  @Column(updatable = false)
  private String subjectId;

  @Column(name = "before_value", updatable = false)
  private String before;

  @Column(name = "after_value", updatable = false)
  private String after;

  @Column(updatable = false)
  private String reason;

  protected AuditEntry() {}

  /**
   * The event as it happened now. Over-long text is shortened rather than refused: recording an
   * action must never be what makes it fail.
   */
  public AuditEntry(Actor actor, AuditEvent event, Instant now) {
    this.occurredAt = Objects.requireNonNull(now);
    this.actorId = actor.id();
    this.actorUsername = actor.username();
    this.action = event.action();
    this.subjectKind = shortened(event.subjectKind(), 30);
    this.subjectId = shortened(event.subjectId(), 60);
    this.before = shortened(event.before(), MAX_VALUE);
    this.after = shortened(event.after(), MAX_VALUE);
    this.reason = shortened(event.reason(), MAX_REASON);
  }

  static String shortened(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectKind() {
    return subjectKind;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getReason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditEntry entry && id != null && id.equals(entry.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
