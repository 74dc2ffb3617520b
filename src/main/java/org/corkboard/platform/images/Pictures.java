package org.corkboard.platform.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.corkboard.platform.Refused;
import org.corkboard.platform.TooLarge;

/**
 * Reads uploaded pictures and writes them out again. An upload is recognised by its content (the
 * ImageIO reader that accepts its bytes), never by its name or declared type, so a script or a page
 * called "photo.jpg" is refused. Its dimensions are read from the header before any pixel is
 * decoded, so a small file that would expand into a huge image is refused cheaply. Writing encodes
 * the pixels alone, so no metadata of the upload (EXIF, GPS position, XMP) is ever passed on; a
 * JPEG's EXIF orientation is applied to its pixels first, so a photo taken on a phone held sideways
 * stays upright, and CMYK JPEGs become RGB.
 */
public final class Pictures {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final long MAX_PIXELS = 40_000_000L;

  public static final String NOT_A_PICTURE = "This file is not a JPEG, PNG or WebP picture.";
  static final String DAMAGED = "This picture could not be read; it may be damaged.";
  private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");

  private Pictures() {}

  /**
   * The picture in {@code upload}, or {@link Refused} for {@code field} with a message for the user
   * when it is missing, too large, not a JPEG, PNG or WebP picture, or damaged.
   */
  public static Picture decode(byte[] upload, String field) {
    if (upload == null || upload.length == 0) {
      throw new Refused(field, "Choose a picture to upload.");
    }
    if (upload.length > MAX_BYTES) {
      throw new TooLarge(field, "A picture may be at most 10 MB; choose a smaller one.");
    }
    WebPSupport.ensureRegistered();
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
      ImageReader reader = acceptedReader(input, field);
      try {
        reader.setInput(input, true, true);
        String format = formatOf(reader);
        BufferedImage image = readWithinLimits(reader, format, field);
        if (format.equals("jpeg")) {
          image = Upright.apply(CmykJpegs.inSrgb(image), ExifOrientation.of(upload));
        }
        return new Picture(image, format);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Refused refused) {
        throw refused;
      }
      throw new Refused(field, DAMAGED);
    }
  }

  /** The image as a baseline JPEG of the given quality (0 to 1), without any metadata. */
  public static byte[] jpeg(BufferedImage image, float quality) {
    if (!(quality >= 0f && quality <= 1f)) {
      throw new IllegalArgumentException("JPEG quality must be between 0 and 1: " + quality);
    }
    BufferedImage rgb = Scaling.toRgb(image);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static ImageReader acceptedReader(ImageInputStream input, String field)
      throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      if (ACCEPTED.contains(formatOf(reader))) {
        return reader;
      }
      reader.dispose();
    }
    throw new Refused(field, NOT_A_PICTURE);
  }

  private static BufferedImage readWithinLimits(ImageReader reader, String format, String field)
      throws IOException {
    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
      throw new Refused(field, "The picture has more than 40 megapixels; choose a smaller one.");
    }
    var damage = new DamageListener();
    reader.addIIOReadWarningListener(damage);
    BufferedImage image =
        format.equals("jpeg") && CmykJpegs.refusedBy(reader)
            ? CmykJpegs.read(reader)
            : reader.read(0);
    if (damage.noticed) {
      throw new Refused(field, DAMAGED);
    }
    return image;
  }

  private static String formatOf(ImageReader reader) throws IOException {
    return reader.getFormatName().toLowerCase(Locale.ROOT);
  }

  /**
   * Notices a reader's warnings: readers warn instead of failing when they had to make up pixels,
   * as the JPEG reader does for a truncated file, which it would otherwise return half grey.
   */
  private static final class DamageListener implements IIOReadWarningListener {
    private boolean noticed;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      noticed = true;
    }
  }
}
