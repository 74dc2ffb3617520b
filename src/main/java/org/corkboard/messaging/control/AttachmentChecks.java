package org.corkboard.messaging.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.corkboard.messaging.entity.AttachmentKind;
import org.corkboard.platform.Refused;
import org.corkboard.platform.TooLarge;
import org.corkboard.platform.images.Picture;
import org.corkboard.platform.images.Pictures;
import org.corkboard.platform.images.Scaling;

/**
 * Checks a file to send with a message by its content, never its name or declared type: a PDF
 * begins with its header and ends with its end-of-file marker; anything else must be a picture that
 * passes the checks of listing pictures, and is re-encoded, which drops its metadata (EXIF, GPS).
 */
public final class AttachmentChecks {

  /** The most attachments of one message. */
  public static final int MAX_PER_MESSAGE = 5;

  public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;
  static final String FIELD = "attachments";
  static final String NEITHER = "Attach a picture (JPEG, PNG or WebP) or a PDF document.";
  static final int DISPLAY = 1600;
  static final int THUMBNAIL = 320;

  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** A checked file, ready to store: its kind, a safe name, its bytes and a picture's thumbnail. */
  public record Checked(AttachmentKind kind, String fileName, byte[] content, byte[] thumbnail) {}

  private AttachmentChecks() {}

  /** The file as it will be stored, or {@link Refused} with a message saying what to send. */
  public static Checked check(byte[] upload, String fileName) {
    if (upload == null || upload.length == 0) {
      throw new Refused(FIELD, "This file is empty.");
    }
    if (startsWith(upload, PDF_HEADER)) {
      return pdf(upload, fileName);
    }
    Picture picture;
    try {
      picture = Pictures.decode(upload, FIELD);
    } catch (Refused refused) {
      if (Pictures.NOT_A_PICTURE.equals(refused.getMessage())) {
        throw new Refused(FIELD, NEITHER);
      }
      throw refused;
    }
    return new Checked(
        AttachmentKind.PICTURE,
        FileNames.withExtension(fileName, "picture", ".jpg"),
        Pictures.jpeg(Scaling.fitWithin(picture.image(), DISPLAY, DISPLAY), 0.85f),
        Pictures.jpeg(Scaling.fitWithin(picture.image(), THUMBNAIL, THUMBNAIL), 0.8f));
  }

  private static Checked pdf(byte[] upload, String fileName) {
    if (upload.length > MAX_PDF_BYTES) {
      throw new TooLarge(FIELD, "A PDF may be at most 10 MB; choose a smaller one.");
    }
    // The end-of-file marker sits in the last kilobyte; a file cut short or only named .pdf lacks
    // it.
    int tail = Math.max(0, upload.length - 1024);
    if (indexOf(Arrays.copyOfRange(upload, tail, upload.length), PDF_END) < 0) {
      throw new Refused(FIELD, "This PDF could not be read; it may be damaged.");
    }
    return new Checked(
        AttachmentKind.PDF, FileNames.withExtension(fileName, "document", ".pdf"), upload, null);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }
}
