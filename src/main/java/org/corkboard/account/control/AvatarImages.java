package org.corkboard.account.control;

import java.awt.image.BufferedImage;
import org.corkboard.platform.TooLarge;
import org.corkboard.platform.images.Pictures;
import org.corkboard.platform.images.Scaling;

/**
 * Turns an uploaded picture into a square avatar at two sizes. Recognising, checking and decoding
 * the upload, and dropping its metadata, is the shared picture code's job; avatars only add a
 * smaller size limit, since an avatar never needs a full-size photo.
 */
public final class AvatarImages {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int DISPLAY_SIZE = 256;
  public static final int THUMBNAIL_SIZE = 64;
  private static final String FIELD = "avatar";
  private static final float QUALITY = 0.85f;

  private AvatarImages() {}

  /** The picture at display size and at thumbnail size, as JPEG. */
  public static byte[][] fromUpload(byte[] upload) {
    if (upload != null && upload.length > MAX_BYTES) {
      throw new TooLarge(FIELD, "Your picture may be at most 5 MB; choose a smaller one.");
    }
    BufferedImage picture = Pictures.decode(upload, FIELD).image();
    BufferedImage display = Scaling.squareCrop(picture, DISPLAY_SIZE);
    BufferedImage thumbnail = Scaling.squareCrop(display, THUMBNAIL_SIZE);
    return new byte[][] {Pictures.jpeg(display, QUALITY), Pictures.jpeg(thumbnail, QUALITY)};
  }
}
