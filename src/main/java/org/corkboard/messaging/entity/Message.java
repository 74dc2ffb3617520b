package org.corkboard.messaging.entity;

import jakarta.persistence.Entity;
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

/**
 * One message of a conversation: plain text, as its sender typed it, and perhaps attachments (the
 * text may then be empty).
 */
@Entity
public class Message {

  /** The longest message, in characters. */
  public static final int MAX_LENGTH = 4000;

  @Id
  @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id")
  private Conversation conversation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sender_id")
  private Account sender;

  private String body;
  private Instant sentAt;
  private int attachmentCount;

  /** When a moderator removed it: kept for their decision, shown to nobody. */
  private Instant removedAt;

  protected Message() {}

  public Message(Conversation conversation, Account sender, String body, Instant now) {
    this(conversation, sender, body, 0, now);
  }

  public Message(
      Conversation conversation, Account sender, String body, int attachmentCount, Instant now) {
    this.conversation = Objects.requireNonNull(conversation);
    this.sender = Objects.requireNonNull(sender);
    this.body = Objects.requireNonNull(body);
    this.attachmentCount = attachmentCount;
    this.sentAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public Account getSender() {
    return sender;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public int getAttachmentCount() {
    return attachmentCount;
  }

  /** A moderator removes the message: its text and attachments are no longer shown. */
  public void remove(Instant now) {
    if (removedAt == null) {
      removedAt = Objects.requireNonNull(now);
    }
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  /** The text, or for a message of attachments alone, what it carries: for excerpts and mails. */
  public String summary() {
    if (!body.isBlank()) {
      return body;
    }
    return attachmentCount == 1
        ? "Sent an attachment."
        : "Sent " + attachmentCount + " attachments.";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message m && id != null && id.equals(m.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
