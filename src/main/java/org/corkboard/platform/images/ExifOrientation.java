package org.corkboard.platform.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the Orientation tag (1 to 8) of a JPEG's EXIF segment: how a phone held sideways says its
 * pixels must be turned to stand upright. The tag is all that is read; a file without it, or with
 * an EXIF segment that does not make sense, counts as upright (1), since damaged metadata must not
 * cost the picture.
 */
final class ExifOrientation {

  static final int UPRIGHT = 1;
  private static final int START_OF_SCAN = 0xDA;
  private static final int END_OF_IMAGE = 0xD9;
  private static final int APP1 = 0xE1;
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TYPE_SHORT = 3;
  private static final short INTEL = 0x4949; // "II": little-endian
  private static final short MOTOROLA = 0x4D4D; // "MM": big-endian
  private static final int TIFF_MAGIC = 42;
  private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

  private ExifOrientation() {}

  /** The orientation of the JPEG in {@code bytes}, or {@link #UPRIGHT} when it has none. */
  static int of(byte[] bytes) {
    try {
      return fromSegments(ByteBuffer.wrap(bytes));
    } catch (IndexOutOfBoundsException | IllegalArgumentException damaged) {
      return UPRIGHT;
    }
  }

  /** Walks the segments before the image data, up to the first EXIF one. */
  private static int fromSegments(ByteBuffer jpeg) {
    if (jpeg.getShort(0) != (short) 0xFFD8) {
      return UPRIGHT;
    }
    int position = 2;
    while ((jpeg.get(position) & 0xFF) == 0xFF) {
      int marker = jpeg.get(position + 1) & 0xFF;
      if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
        break;
      }
      int length = jpeg.getShort(position + 2) & 0xFFFF;
      if (marker == APP1 && isExif(jpeg, position + 4)) {
        int tiff = position + 4 + EXIF_HEADER.length;
        return fromTiff(jpeg.slice(tiff, length - 2 - EXIF_HEADER.length));
      }
      position += 2 + length;
    }
    return UPRIGHT;
  }

  private static boolean isExif(ByteBuffer jpeg, int position) {
    return jpeg.slice(position, EXIF_HEADER.length).equals(ByteBuffer.wrap(EXIF_HEADER));
  }

  /** Looks for the tag in the first image directory of the EXIF segment's TIFF structure. */
  private static int fromTiff(ByteBuffer tiff) {
    short byteOrder = tiff.getShort(0);
    if (byteOrder != INTEL && byteOrder != MOTOROLA) {
      return UPRIGHT;
    }
    tiff.order(byteOrder == INTEL ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    if (tiff.getShort(2) != TIFF_MAGIC) {
      return UPRIGHT;
    }
    int directory = tiff.getInt(4);
    int entries = tiff.getShort(directory) & 0xFFFF;
    for (int i = 0; i < entries; i++) {
      int entry = directory + 2 + 12 * i;
      if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
        // A single SHORT sits at the start of the entry's 4-byte value field.
        int value = tiff.getShort(entry + 8) & 0xFFFF;
        boolean valid = tiff.getShort(entry + 2) == TYPE_SHORT && value >= 1 && value <= 8;
        return valid ? value : UPRIGHT;
      }
    }
    return UPRIGHT;
  }
}
