package org.corkboard.messaging.boundary;

import org.corkboard.messaging.entity.Attachment;
import org.corkboard.messaging.entity.AttachmentKind;

/**
 * An attachment as listed under its message, or under the send box while it waits to be sent
 * ({@code messageId} null): what it is, never its bytes.
 */
public record AttachmentEntry(
    long id, Long messageId, AttachmentKind kind, String fileName, int size) {

  static AttachmentEntry of(Attachment attachment) {
    return new AttachmentEntry(
        attachment.getId(),
        attachment.getMessage() == null ? null : attachment.getMessage().getId(),
        attachment.getKind(),
        attachment.getFileName(),
        attachment.getByteSize());
  }

  public boolean picture() {
    return kind == AttachmentKind.PICTURE;
  }
}
