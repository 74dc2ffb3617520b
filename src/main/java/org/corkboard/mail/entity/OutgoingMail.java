package org.corkboard.mail.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A plain-text e-mail waiting to be sent. It is deleted once the SMTP server has accepted it. Its
 * Message-ID is fixed when it is queued, so every attempt sends the same one: a receiver can tell a
 * resend from a new mail. Each attempt is recorded before it starts, and again just before the
 * final "." of its SMTP data: one still recorded when the next delivery comes was cut off by a
 * crash, before or after that dot.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

  private static final int MAX_ERROR = 500;

  /** What the last attempt on a mail left behind, seen when the next delivery starts. */
  public enum PriorAttempt {
    /** None, or one that failed and said so: send. */
    NONE,
    /** Cut off before its final dot: the SMTP server dropped it, send again. */
    CUT_OFF_BEFORE_FINAL_DOT,
    /** Cut off after its final dot was about to be written: presumed delivered. */
    CUT_OFF_AFTER_FINAL_DOT
  }

  @Id
  @SequenceGenerator(
      name = "outgoing_mail_seq",
      sequenceName = "outgoing_mail_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
  private Long id;

  private String messageId;
  private String recipient;
  private String subject;
  private String body;
  private Instant createdAt;
  private int attempts;
  private Instant sendingSince;
  private Instant finalDotAt;
  private String lastError;

  protected OutgoingMail() {}

  public OutgoingMail(
      String messageId, String recipient, String subject, String body, Instant createdAt) {
    this.messageId = Objects.requireNonNull(messageId);
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.body = Objects.requireNonNull(body);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** A new Message-ID: random, so that it is unique across nodes and databases. */
  public static String newMessageId(String domain) {
    return "<corkboard." + UUID.randomUUID() + "@" + domain + ">";
  }

  /** What the last attempt left behind: one still recorded was cut off by a crash. */
  public PriorAttempt priorAttempt() {
    if (sendingSince == null) {
      return PriorAttempt.NONE;
    }
    return finalDotAt == null
        ? PriorAttempt.CUT_OFF_BEFORE_FINAL_DOT
        : PriorAttempt.CUT_OFF_AFTER_FINAL_DOT;
  }

  /** Records that an attempt starts now. */
  public void startAttempt(Instant now) {
    sendingSince = Objects.requireNonNull(now);
    finalDotAt = null;
    attempts++;
  }

  /** Records that the attempt failed: the SMTP server did not take the mail. */
  public void failed(String reason) {
    sendingSince = null;
    finalDotAt = null;
    String text = Objects.requireNonNullElse(reason, "unknown");
    lastError = text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutgoingMail m && id != null && id.equals(m.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
