package org.corkboard.messaging.entity;

import jakarta.persistence.Basic;
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

/**
 * A file for a message: chosen by one of the conversation's two people, it waits for their next
 * message there (its message is null until then), and then belongs to that message. Its bytes are
 * loaded only when it is downloaded.
 */
@Entity
@Table(name = "message_attachment")
public class Attachment {

  @Id
  @SequenceGenerator(
      name = "message_attachment_seq",
      sequenceName = "message_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_attachment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id")
  private Conversation conversation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "uploader_id")
  private Account uploader;

  private Instant uploadedAt;

  /** Null while the file waits to be sent. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "message_id")
  private Message message;

  private int position;

  @Enumerated(EnumType.STRING)
  private AttachmentKind kind;

  private String fileName;
  private int byteSize;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Basic(fetch = FetchType.LAZY)
  private byte[] thumbnail;

  protected Attachment() {}

  /** A checked file the uploader will send with their next message in the conversation. */
  public Attachment(
      Conversation conversation,
      Account uploader,
      AttachmentKind kind,
      String fileName,
      byte[] content,
      byte[] thumbnail,
      Instant uploadedAt) {
    this.conversation = Objects.requireNonNull(conversation);
    this.uploader = Objects.requireNonNull(uploader);
    this.kind = Objects.requireNonNull(kind);
    this.fileName = Objects.requireNonNull(fileName);
    this.content = Objects.requireNonNull(content);
    this.byteSize = content.length;
    this.thumbnail = thumbnail;
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
  }

  /** The file goes with the message, as its {@code position}th attachment. */
  public void sendWith(Message message, int position) {
    if (this.message != null) {
      throw new IllegalStateException("Attachment " + id + " is sent already");
    }
    this.message = Objects.requireNonNull(message);
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  /** The message that carried the file, or null while it waits to be sent. */
  public Message getMessage() {
    return message;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public int getByteSize() {
    return byteSize;
  }

  /** The file, or for a picture with {@code small}, its thumbnail. */
  public byte[] content(boolean small) {
    return small && thumbnail != null ? thumbnail : content;
  }
}
