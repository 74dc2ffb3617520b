package org.corkboard.platform.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Resizes pictures for display. Results are always opaque RGB (transparent areas become white), as
 * JPEG needs. Large reductions go in steps of halving, because a single bicubic step from a big
 * photo samples only a few of its pixels and leaves jagged, shimmering detail.
 */
public final class Scaling {

  private Scaling() {}

  /**
   * The image scaled down to fit within {@code maxWidth} x {@code maxHeight}, keeping its aspect
   * ratio; an image that already fits keeps its size.
   */
  public static BufferedImage fitWithin(BufferedImage image, int maxWidth, int maxHeight) {
    requirePositive(maxWidth, maxHeight);
    double factor =
        Math.min(
            1.0,
            Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
    return resize(image, Math.min(width, maxWidth), Math.min(height, maxHeight));
  }

  /**
   * The largest centred square of the image, scaled to {@code side} x {@code side} (up or down, as
   * a fixed size such as an avatar's needs).
   */
  public static BufferedImage squareCrop(BufferedImage image, int side) {
    requirePositive(side, side);
    int square = Math.min(image.getWidth(), image.getHeight());
    BufferedImage centre =
        image.getSubimage(
            (image.getWidth() - square) / 2, (image.getHeight() - square) / 2, square, square);
    return resize(centre, side, side);
  }

  /** The image itself if it is opaque RGB, otherwise an RGB copy laid over white. */
  static BufferedImage toRgb(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_INT_RGB
        ? image
        : draw(image, image.getWidth(), image.getHeight());
  }

  private static BufferedImage resize(BufferedImage image, int width, int height) {
    BufferedImage current = image;
    int currentWidth = image.getWidth();
    int currentHeight = image.getHeight();
    do {
      currentWidth = nextStep(currentWidth, width);
      currentHeight = nextStep(currentHeight, height);
      current = draw(current, currentWidth, currentHeight);
    } while (currentWidth != width || currentHeight != height);
    return current;
  }

  private static int nextStep(int current, int target) {
    return current > target ? Math.max(target, current / 2) : target;
  }

  private static BufferedImage draw(BufferedImage image, int width, int height) {
    BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = result.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return result;
  }

  private static void requirePositive(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("Sizes must be positive: " + width + " x " + height);
    }
  }
}
