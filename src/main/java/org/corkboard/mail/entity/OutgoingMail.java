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
 * resend from a new mail. Each attempt is recorded before it starts; one still recorded when the
 * next delivery comes was cut off by a crash, and the mail is in doubt.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

  private static final int MAX_ERROR = 500;

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

  /**
   * Records that an attempt starts now. Returns whether an earlier one was cut off before it could
   * tell whether the mail went out (its SMTP server may have it).
   */
  public boolean startAttempt(Instant now) {
    boolean inDoubt = sendingSince != null;
    sendingSince = Objects.requireNonNull(now);
    attempts++;
    return inDoubt;
  }

  /** Records that the attempt failed before the SMTP server took the mail. */
  public void failed(String reason) {
    sendingSince = null;
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
