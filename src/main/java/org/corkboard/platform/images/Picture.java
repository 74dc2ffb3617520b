package org.corkboard.platform.images;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A decoded upload, with the format its content turned out to be ({@code "jpeg"}, {@code "png"} or
 * {@code "webp"}), never the one its name or declared type claimed.
 */
public record Picture(BufferedImage image, String format) {

  public Picture {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(format, "format");
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }
}
