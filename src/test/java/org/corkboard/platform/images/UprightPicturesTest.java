package org.corkboard.platform.images;

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
    BufferedImage stored = TestImages.asStored(TestImages.quadrants(WIDTH, HEIGHT), orientation);
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      byte[] upload =
          TestImages.withOrientation(TestImages.encode(stored, "jpeg"), orientation, order);

      TestImages.assertQuadrants(Pictures.decode(upload, "picture").image(), WIDTH, HEIGHT);
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

    TestImages.assertQuadrants(Pictures.decode(upload, "picture").image(), WIDTH, HEIGHT);
  }
}
