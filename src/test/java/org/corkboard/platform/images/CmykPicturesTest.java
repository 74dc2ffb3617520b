package org.corkboard.platform.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.TestImages.assertColour;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Print shops and Photoshop save JPEGs in CMYK (or YCCK), with the ink values inverted as Adobe
 * does; they decode to the colours they print as, in RGB like every other picture.
 */
class CmykPicturesTest {

  private static final int ADOBE_CMYK = 0;
  private static final int ADOBE_YCCK = 2;
  private static final int NOT_ADOBE = -1;

  @Test
  void anAdobeCmykJpegDecodesToItsColours() throws IOException {
    // Full magenta and yellow ink, no cyan or black: red. Adobe stores 255 - ink.
    byte[] red = TestImages.cmykJpeg(40, 30, new int[] {255, 0, 0, 255}, ADOBE_CMYK);
    // Full cyan ink only: cyan.
    byte[] cyan = TestImages.cmykJpeg(40, 30, new int[] {0, 255, 255, 255}, ADOBE_CMYK);

    assertDecodesTo(red, Color.RED);
    assertDecodesTo(cyan, Color.CYAN);
  }

  @Test
  void anAdobeYcckJpegDecodesToItsColours() throws IOException {
    // YCC of the inks (0, 255, 255) as if they were RGB, and the black channel inverted: red.
    byte[] red = TestImages.cmykJpeg(40, 30, new int[] {179, 171, 0, 255}, ADOBE_YCCK);

    assertDecodesTo(red, Color.RED);
  }

  @Test
  void whereTheReaderRefusesThemTheirRawChannelsAreConverted() throws IOException {
    // What older Java runtimes do: they read such files only as raw channels.
    byte[] cmyk = TestImages.cmykJpeg(40, 30, new int[] {255, 0, 0, 255}, ADOBE_CMYK);
    byte[] ycck = TestImages.cmykJpeg(40, 30, new int[] {179, 171, 0, 255}, ADOBE_YCCK);
    byte[] plain = TestImages.cmykJpeg(40, 30, new int[] {0, 255, 255, 0}, NOT_ADOBE);

    for (byte[] red : new byte[][] {cmyk, ycck, plain}) {
      assertColour(fromRawChannels(red), 20, 15, Color.RED);
    }
  }

  private static BufferedImage fromRawChannels(byte[] jpeg) throws IOException {
    ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
    try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      reader.setInput(input);
      return CmykJpegs.read(reader);
    } finally {
      reader.dispose();
    }
  }

  private static void assertDecodesTo(byte[] upload, Color colour) throws IOException {
    Picture picture = Pictures.decode(upload, "picture");

    assertThat(picture.format()).isEqualTo("jpeg");
    assertThat(picture.image().getColorModel().getColorSpace().isCS_sRGB()).isTrue();
    assertThat(picture.width()).isEqualTo(40);
    assertThat(picture.height()).isEqualTo(30);
    assertColour(picture.image(), 20, 15, colour);
    BufferedImage reEncoded =
        ImageIO.read(new ByteArrayInputStream(Pictures.jpeg(picture.image(), 0.9f)));
    assertColour(reEncoded, 20, 15, colour);
  }
}
