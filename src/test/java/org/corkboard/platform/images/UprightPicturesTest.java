package org.corkboard.platform.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phone stores its pixels as the sensor saw them and says in EXIF how to turn them; decoding
 * applies that turn, so the picture stays upright once its metadata is dropped.
 */
class UprightPicturesTest {

  private static final int WIDTH = 64;
  private static final int HEIGHT = 32;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyOrientationDecodesUpright(int orientation) {
    BufferedImage stored = asStored(TestImages.quadrants(WIDTH, HEIGHT), orientation);
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      byte[] upload =
          TestImages.withOrientation(TestImages.encode(stored, "jpeg"), orientation, order);

      assertUpright(Pictures.decode(upload, "picture").image());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, 0x0600})
  void anOrientationOutOfRangeLeavesThePictureAsItIs(int orientation) {
    byte[] upload =
        TestImages.withOrientation(
            TestImages.encode(TestImages.quadrants(WIDTH, HEIGHT), "jpeg"),
            orientation,
            ByteOrder.BIG_ENDIAN);

    assertUpright(Pictures.decode(upload, "picture").image());
  }

  /** The pixels a camera would store for the upright image and this orientation tag. */
  private static BufferedImage asStored(BufferedImage upright, int orientation) {
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

  /** The image is the upright quadrants: red, green above blue, yellow. */
  static void assertUpright(BufferedImage image) {
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertColour(image, WIDTH / 4, HEIGHT / 4, Color.RED);
    assertColour(image, 3 * WIDTH / 4, HEIGHT / 4, Color.GREEN);
    assertColour(image, WIDTH / 4, 3 * HEIGHT / 4, Color.BLUE);
    assertColour(image, 3 * WIDTH / 4, 3 * HEIGHT / 4, Color.YELLOW);
  }

  static void assertColour(BufferedImage image, int x, int y, Color expected) {
    Color actual = new Color(image.getRGB(x, y));
    assertThat(
            Math.abs(actual.getRed() - expected.getRed())
                + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue()))
        .as("colour at %d,%d: %s, expected %s", x, y, actual, expected)
        .isLessThan(60);
  }
}
