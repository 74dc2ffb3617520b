package org.corkboard.messaging.entity;

/** What a message may carry: a picture (re-encoded as JPEG) or a PDF (kept as sent). */
public enum AttachmentKind {
  PICTURE("image/jpeg"),
  PDF("application/pdf");

  private final String contentType;

  AttachmentKind(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }
}
