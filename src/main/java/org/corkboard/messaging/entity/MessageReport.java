package org.corkboard.messaging.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.account.entity.Account;

/** A message reported by the person it was sent to, kept for the moderators. */
@Entity
@Table(name = "message_report")
public class MessageReport {

  @Id
  @SequenceGenerator(
      name = "message_report_seq",
      sequenceName = "message_report_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_report_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "message_id")
  private Message message;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reporter_id")
  private Account reporter;

  @Enumerated(EnumType.STRING)
  private ReportReason reason;

  private String note;
  private Instant createdAt;

  protected MessageReport() {}

  public MessageReport(
      Message message, Account reporter, ReportReason reason, String note, Instant now) {
    this.message = Objects.requireNonNull(message);
    this.reporter = Objects.requireNonNull(reporter);
    this.reason = Objects.requireNonNull(reason);
    this.note = note;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
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
}
