package org.corkboard.notification.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.account.entity.Account;

/**
 * Something that happened for a person: shown in their notification centre, and e-mailed as they
 * chose for its kind. It carries its e-mail, written when it happened.
 */
@Entity
public class Notification {

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id")
  private Account recipient;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private String subject;
  private String text;
  private String link;
  private String mailSubject;
  private String mailBody;

  @Enumerated(EnumType.STRING)
  private MailState mailState;

  private Instant createdAt;
  private Instant readAt;

  @Version private long version;

  protected Notification() {}

  public Notification(
      Account recipient,
      NotificationKind kind,
      String subject,
      String text,
      String link,
      String mailSubject,
      String mailBody,
      MailState mailState,
      Instant now) {
    this.recipient = Objects.requireNonNull(recipient);
    this.kind = Objects.requireNonNull(kind);
    this.subject = Objects.requireNonNull(subject);
    this.text = text.length() > 300 ? text.substring(0, 299) + "…" : text;
    this.link = Objects.requireNonNull(link);
    this.mailSubject = Objects.requireNonNull(mailSubject);
    this.mailBody = Objects.requireNonNull(mailBody);
    this.mailState = Objects.requireNonNull(mailState);
    this.createdAt = Objects.requireNonNull(now);
  }

  /** Marks it read; a waiting e-mail is then no longer needed. */
  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
    if (mailState == MailState.WAITING) {
      mailState = MailState.READ_IN_TIME;
    }
  }

  public void mailed(MailState state) {
    this.mailState = state;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Long getId() {
    return id;
  }

  public Account getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public String getLink() {
    return link;
  }

  public String getMailSubject() {
    return mailSubject;
  }

  public String getMailBody() {
    return mailBody;
  }

  public MailState getMailState() {
    return mailState;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Notification n && id != null && id.equals(n.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
