package org.corkboard.messaging.boundary;

import org.corkboard.messaging.entity.Attachment;
import org.corkboard.messaging.entity.AttachmentKind;

/** An attachment as listed under its message: what it is, never its bytes. */
public record AttachmentEntry(
    long id, long messageId, AttachmentKind kind, String fileName, int size) {

  static AttachmentEntry of(Attachment attachment) {
    return new AttachmentEntry(
        attachment.getId(),
        attachment.getMessage().getId(),
        attachment.getKind(),
        attachment.getFileName(),
        attachment.getByteSize());
  }

  public boolean picture() {
    return kind == AttachmentKind.PICTURE;
  }
}
