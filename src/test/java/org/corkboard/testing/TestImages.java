package org.corkboard.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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

  /** The smallest document that passes for a PDF: its header, one object and its end marker. */
  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  public static byte[] png(int width, int height) {
    return encode(photo(width, height, BufferedImage.TYPE_INT_RGB), "png");
  }

  /**
   * A picture in four colours: red top left, green top right, blue bottom left, yellow bottom
   * right, so that any turn or flip of it shows.
   */
  public static BufferedImage quadrants(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    Color[][] colours = {{Color.RED, Color.GREEN}, {Color.BLUE, Color.YELLOW}};
    for (int row = 0; row < 2; row++) {
      for (int column = 0; column < 2; column++) {
        g.setColor(colours[row][column]);
        g.fillRect(column * width / 2, row * height / 2, width / 2, height / 2);
      }
    }
    g.dispose();
    return image;
  }

  /** The pixels a camera would store for the upright image and this orientation tag. */
  public static BufferedImage asStored(BufferedImage upright, int orientation) {
    int w = upright.getWidth();
    int h = upright.getHeight();
    boolean turned = orientation >= 5;
    var stored = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int[] at =
            switch (orientation) {
              case 2 -> new int[] {w - 1 - x, y};
              case 3 -> new int[] {w - 1 - x, h - 1 - y};
              case 4 -> new int[] {x, h - 1 - y};
              case 5 -> new int[] {y, x};
              case 6 -> new int[] {y, w - 1 - x};
              case 7 -> new int[] {h - 1 - y, w - 1 - x};
              case 8 -> new int[] {h - 1 - y, x};
              default -> new int[] {x, y};
            };
        stored.setRGB(at[0], at[1], upright.getRGB(x, y));
      }
    }
    return stored;
  }

  /** The image is {@link #quadrants} of the given size, upright. */
  public static void assertQuadrants(BufferedImage image, int width, int height) {
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    assertColour(image, width / 4, height / 4, Color.RED);
    assertColour(image, 3 * width / 4, height / 4, Color.GREEN);
    assertColour(image, width / 4, 3 * height / 4, Color.BLUE);
    assertColour(image, 3 * width / 4, 3 * height / 4, Color.YELLOW);
  }

  /** The pixel has about the expected colour, as far as JPEG compression keeps it. */
  public static void assertColour(BufferedImage image, int x, int y, Color expected) {
    Color actual = new Color(image.getRGB(x, y));
    assertThat(
            Math.abs(actual.getRed() - expected.getRed())
                + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue()))
        .as("colour at %d,%d: %s, expected %s", x, y, actual, expected)
        .isLessThan(60);
  }

  /**
   * The JPEG with an EXIF segment (as a phone writes it, right after the start marker) whose
   * Orientation tag has the given value, in the given byte order.
   */
  public static byte[] withOrientation(byte[] jpeg, int orientation, ByteOrder order) {
    ByteBuffer tiff = ByteBuffer.allocate(26).order(order);
    tiff.putShort(order == ByteOrder.LITTLE_ENDIAN ? (short) 0x4949 : (short) 0x4D4D);
    tiff.putShort((short) 42).putInt(8); // the first directory follows the header
    tiff.putShort((short) 1); // one entry: Orientation, a SHORT, one value
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    tiff.putShort((short) 0).putInt(0); // padding of the value, no next directory
    return withSegment(jpeg, 0xE1, concat("Exif\0\0".getBytes(ISO_8859_1), tiff.array()));
  }

  /** The JPEG with a segment of the given marker and payload right after its start marker. */
  public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
    int length = payload.length + 2; // the length field counts itself
    var result = new ByteArrayOutputStream();
    result.write(jpeg, 0, 2);
    result.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
    result.writeBytes(payload);
    result.write(jpeg, 2, jpeg.length - 2);
    return result.toByteArray();
  }

  /**
   * A JPEG of four 8-bit channels filled with the given values, marked as Adobe's as Photoshop
   * writes them (transform 0: the channels are CMYK, 2: YCCK), or, for a negative transform, plain
   * CMYK without that mark.
   */
  public static byte[] cmykJpeg(int width, int height, int[] channels, int transform) {
    WritableRaster raster =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, channels);
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (var output = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(output);
      writer.write(null, new IIOImage(raster, null, null), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    if (transform < 0) {
      return bytes.toByteArray();
    }
    byte[] adobe = concat("Adobe".getBytes(ISO_8859_1), new byte[] {0, 100, 0, 0, 0, 0, 0});
    adobe[adobe.length - 1] = (byte) transform;
    return withSegment(bytes.toByteArray(), 0xEE, adobe);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }
}
