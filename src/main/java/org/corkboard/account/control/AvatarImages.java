package org.corkboard.account.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.corkboard.platform.Refused;

/**
 * Turns an uploaded picture into a square avatar. The upload is recognised by its content (the
 * decoder that accepts it), never by name or declared type; its size is read before decoding so
 * that a small file cannot expand into a huge image; re-encoding drops all metadata (EXIF, GPS).
 */
public final class AvatarImages {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int DISPLAY_SIZE = 256;
  public static final int THUMBNAIL_SIZE = 64;
  private static final long MAX_PIXELS = 40_000_000L;
  private static final Set<String> ACCEPTED = Set.of("jpeg", "png");

  private AvatarImages() {}

  /** The picture at display size and at thumbnail size, as JPEG. */
  public static byte[][] fromUpload(byte[] upload) {
    if (upload == null || upload.length == 0) {
      throw new Refused("avatar", "Choose a picture to upload.");
    }
    if (upload.length > MAX_BYTES) {
      throw new Refused("avatar", "The picture is larger than 5 MB; choose a smaller one.");
    }
    BufferedImage square = squareCrop(decode(upload));
    return new byte[][] {jpeg(scale(square, DISPLAY_SIZE)), jpeg(scale(square, THUMBNAIL_SIZE))};
  }

  private static BufferedImage decode(byte[] upload) {
    String notAPicture = "This file is not a JPEG or PNG picture.";
    try (ImageInputStream input =
        ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new Refused("avatar", notAPicture);
      }
      ImageReader reader = readers.next();
      try {
        if (!ACCEPTED.contains(reader.getFormatName().toLowerCase())) {
          throw new Refused("avatar", notAPicture);
        }
        reader.setInput(input, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          throw new Refused(
              "avatar", "The picture has more than 40 megapixels; choose a smaller one.");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Refused refused) {
        throw refused;
      }
      throw new Refused("avatar", "This picture could not be read; it may be damaged.");
    }
  }

  private static BufferedImage squareCrop(BufferedImage image) {
    int side = Math.min(image.getWidth(), image.getHeight());
    return image.getSubimage(
        (image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
  }

  private static BufferedImage scale(BufferedImage image, int size) {
    BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, size, size);
    g.drawImage(image, 0, 0, size, size, null);
    g.dispose();
    return scaled;
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
