package org.corkboard.messaging.boundary;

import java.io.Serializable;
import org.corkboard.messaging.control.AttachmentChecks;
import org.corkboard.messaging.entity.AttachmentKind;

/**
 * A file checked by {@link Conversations#check}, waiting on the sender's page until the message is
 * sent. Only the service makes one, so what a message carries has always passed the checks.
 */
public final class AttachmentUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  private final AttachmentKind kind;
  private final String fileName;
  private final byte[] content;
  private final byte[] thumbnail;

  AttachmentUpload(AttachmentChecks.Checked checked) {
    this.kind = checked.kind();
    this.fileName = checked.fileName();
    this.content = checked.content();
    this.thumbnail = checked.thumbnail();
  }

  AttachmentChecks.Checked checked() {
    return new AttachmentChecks.Checked(kind, fileName, content, thumbnail);
  }

  public AttachmentKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public int size() {
    return content.length;
  }
}
