package org.corkboard.platform.images;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns and flips stored pixels as an EXIF orientation (1 to 8) says, so the picture can be
 * re-encoded without its metadata and still stand upright. Quarter turns and mirrors map pixels
 * onto pixels, so nothing is resampled.
 */
final class Upright {

  private Upright() {}

  static BufferedImage apply(BufferedImage image, int orientation) {
    if (orientation < 2 || orientation > 8) {
      return image;
    }
    int width = image.getWidth();
    int height = image.getHeight();
    boolean sideways = orientation >= 5;
    var result =
        new BufferedImage(
            sideways ? height : width, sideways ? width : height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = result.createGraphics();
    try {
      g.drawImage(image, transform(orientation, width, height), null);
    } finally {
      g.dispose();
    }
    return result;
  }

  /** Where each stored point (x, y) of a width x height image goes: x' = m00 x + m01 y + m02 ... */
  private static AffineTransform transform(int orientation, int width, int height) {
    // Arguments in AffineTransform's order: m00, m10, m01, m11, m02, m12.
    return switch (orientation) {
      case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0); // mirrored left to right
      case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, height); // mirrored top to bottom
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
      case 6 -> new AffineTransform(0, 1, -1, 0, height, 0); // needs a quarter turn clockwise
      case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // transposed the other way
      case 8 -> new AffineTransform(0, -1, 1, 0, 0, width); // needs a quarter turn anticlockwise
      default -> new AffineTransform();
    };
  }
}
