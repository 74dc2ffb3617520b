package org.corkboard.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real pictures made in memory, for the tests of uploads. */
public final class TestImages {

  private TestImages() {}

  /** A picture with noise, so that it does not compress to almost nothing. */
  public static BufferedImage photo(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLUE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    Random random = new Random(42);
    for (int i = 0; i < width * height / 10; i++) {
      image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0xFFFFFF));
    }
    return image;
  }

  /** The image as a file of the format ("png", "jpeg", ...). */
  public static byte[] encode(BufferedImage image, String format) {
    var bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalArgumentException("No writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] png(int width, int height) {
    return encode(photo(width, height, BufferedImage.TYPE_INT_RGB), "png");
  }
}
