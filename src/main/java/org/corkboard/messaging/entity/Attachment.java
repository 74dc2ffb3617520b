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
import java.util.Objects;

/** A file sent with a message. Its bytes are loaded only when it is downloaded. */
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

  public Attachment(
      Message message,
      int position,
      AttachmentKind kind,
      String fileName,
      byte[] content,
      byte[] thumbnail) {
    this.message = Objects.requireNonNull(message);
    this.position = position;
    this.kind = Objects.requireNonNull(kind);
    this.fileName = Objects.requireNonNull(fileName);
    this.content = Objects.requireNonNull(content);
    this.byteSize = content.length;
    this.thumbnail = thumbnail;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
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
