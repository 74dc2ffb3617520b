package org.corkboard.moderation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.account.entity.Account;
import org.corkboard.platform.Refused;

/** One person's report of a subject, with a reason and an optional note for the moderators. */
@Entity
public class Report {

  public static final int MAX_NOTE = 1000;

  @Id
  @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private ModerationCase moderationCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reporter_id")
  private Account reporter;

  @Enumerated(EnumType.STRING)
  private ReportReason reason;

  private String note;
  private Instant createdAt;
  private Instant closedAt;

  protected Report() {}

  Report(
      ModerationCase moderationCase,
      Account reporter,
      ReportReason reason,
      String note,
      Instant now) {
    if (reason == null) {
      throw new Refused("reason", "Choose a reason.");
    }
    String trimmed = note == null || note.isBlank() ? null : note.strip();
    if (trimmed != null && trimmed.length() > MAX_NOTE) {
      throw new Refused("note", "Keep the note to " + MAX_NOTE + " characters.");
    }
    this.moderationCase = Objects.requireNonNull(moderationCase);
    this.reporter = Objects.requireNonNull(reporter);
    this.reason = reason;
    this.note = trimmed;
    this.createdAt = Objects.requireNonNull(now);
  }

  void close(Instant now) {
    closedAt = now;
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Long getId() {
    return id;
  }

  public ModerationCase getModerationCase() {
    return moderationCase;
  }

  public Account getReporter() {
    return reporter;
  }

  public ReportReason getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report r && id != null && id.equals(r.id);
  }

  @Override
  public int hashCode() {
    return Report.class.hashCode();
  }
}
