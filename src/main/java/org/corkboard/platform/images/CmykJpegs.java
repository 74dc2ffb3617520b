package org.corkboard.platform.images;

import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.Raster;
import java.io.IOException;
import javax.imageio.IIOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Brings CMYK and YCCK JPEGs to sRGB, as the rest of the application expects. Where the Java
 * runtime's JPEG reader refuses them (older runtimes: "Unsupported Image Type"), their raw channels
 * are read and converted with the plain ink formula. Photoshop and other Adobe software store the
 * channels inverted and mark the file with an Adobe segment, whose transform also says whether they
 * are YCCK.
 */
final class CmykJpegs {

  static final int NOT_ADOBE = -1;
  static final int ADOBE_YCCK = 2;
  private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

  private CmykJpegs() {}

  /**
   * The decoded JPEG itself if its colours are sRGB, else converted: a runtime that reads CMYK and
   * YCCK JPEGs returns them in the ink colour space of their embedded profile (or a plain one).
   */
  static BufferedImage inSrgb(BufferedImage image) {
    if (image.getColorModel().getColorSpace().isCS_sRGB()) {
      return image;
    }
    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    return new ColorConvertOp(null).filter(image, rgb);
  }

  /** Whether the reader can return this JPEG as an image, or only its raw channels. */
  static boolean refusedBy(ImageReader reader) throws IOException {
    return !reader.getImageTypes(0).hasNext();
  }

  static BufferedImage read(ImageReader reader) throws IOException {
    int transform = adobeTransform(reader.getImageMetadata(0));
    Raster raster = reader.readRaster(0, null);
    if (raster.getNumBands() != 4) {
      throw new IIOException("Neither CMYK nor YCCK: " + raster.getNumBands() + " channels");
    }
    return toRgb(raster, transform);
  }

  /** The four channels as RGB, given the Adobe segment's transform or {@link #NOT_ADOBE}. */
  static BufferedImage toRgb(Raster raster, int adobeTransform) {
    int width = raster.getWidth();
    int height = raster.getHeight();
    var rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] channels = new int[width * 4];
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, channels);
      for (int x = 0; x < width; x++) {
        row[x] = toRgb(channels, x * 4, adobeTransform);
      }
      rgb.setRGB(0, y, width, 1, row, 0, width);
    }
    return rgb;
  }

  private static int toRgb(int[] channels, int at, int adobeTransform) {
    int k = channels[at + 3];
    if (adobeTransform == ADOBE_YCCK) {
      // YCC of the inverted C, M and Y as if they were R, G and B (as libjpeg decodes it).
      int luma = channels[at];
      int cb = channels[at + 1] - 128;
      int cr = channels[at + 2] - 128;
      channels[at] = 255 - clamp(luma + 1.402 * cr);
      channels[at + 1] = 255 - clamp(luma - 0.344136 * cb - 0.714136 * cr);
      channels[at + 2] = 255 - clamp(luma + 1.772 * cb);
    }
    int r = ink(channels[at], k, adobeTransform);
    int g = ink(channels[at + 1], k, adobeTransform);
    int b = ink(channels[at + 2], k, adobeTransform);
    return r << 16 | g << 8 | b;
  }

  /** One RGB channel: what is left of white under the ink of one colour and the black. */
  private static int ink(int colour, int black, int adobeTransform) {
    return adobeTransform == NOT_ADOBE
        ? (255 - colour) * (255 - black) / 255
        : colour * black / 255; // inverted: 255 - ink already
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  /** The transform of the file's Adobe segment, or {@link #NOT_ADOBE} without one. */
  private static int adobeTransform(IIOMetadata metadata) {
    var tree = (Element) metadata.getAsTree(NATIVE_FORMAT);
    NodeList adobe = tree.getElementsByTagName("app14Adobe");
    return adobe.getLength() == 0
        ? NOT_ADOBE
        : Integer.parseInt(((Element) adobe.item(0)).getAttribute("transform"));
  }
}
