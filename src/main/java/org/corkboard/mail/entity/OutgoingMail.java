package org.corkboard.mail.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A plain-text e-mail waiting to be sent. It is deleted once sent. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

  @Id
  @SequenceGenerator(
      name = "outgoing_mail_seq",
      sequenceName = "outgoing_mail_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
  private Long id;

  private String recipient;
  private String subject;
  private String body;
  private Instant createdAt;

  protected OutgoingMail() {}

  public OutgoingMail(String recipient, String subject, String body, Instant createdAt) {
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.body = Objects.requireNonNull(body);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long getId() {
    return id;
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
}
