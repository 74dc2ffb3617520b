package org.corkboard.platform.images;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.util.Arrays;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifOrientationTest {

  private static final byte[] JPEG = TestImages.encode(TestImages.quadrants(64, 32), "jpeg");
  private static final int APP1 = 0xE1;

  @Test
  void readsEveryValueInEitherByteOrder() {
    for (int value = 1; value <= 8; value++) {
      for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
        assertThat(ExifOrientation.of(TestImages.withOrientation(JPEG, value, order)))
            .as("%d in %s", value, order)
            .isEqualTo(value);
      }
    }
  }

  @Test
  void findsTheExifSegmentBehindOtherSegments() {
    byte[] xmpFirst =
        TestImages.withSegment(
            TestImages.withOrientation(JPEG, 6, ByteOrder.BIG_ENDIAN),
            APP1,
            ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"));

    assertThat(ExifOrientation.of(xmpFirst)).isEqualTo(6);
  }

  @Test
  void aPictureWithoutExifIsUpright() {
    assertThat(ExifOrientation.of(JPEG)).isEqualTo(1);
    assertThat(ExifOrientation.of(TestImages.png(20, 10))).isEqualTo(1);
    assertThat(ExifOrientation.of(new byte[0])).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Exif\0\0",
        "Exif\0\0MM",
        "Exif\0\0MM\0*\u007f\u00ff\u00ff\u00f0", // the directory far beyond the segment
        "Exif\0\0II*\0\u0008\0\0\0\u00ff\u00ff\u0012\u0001", // 65,535 entries announced, one there
        "Exif\0\0XX\0*\0\0\0\u0008\0\u0001\u0001\u0012\0\u0003\0\0\0\u0001\0\u0006\0\0",
        "Exif\0\0MM\0*\0\0\0\u0008\0\u0001\u0001\u0012\0\u0004\0\0\0\u0001\0\u0006\0\0" // a LONG
      })
  void aDamagedExifSegmentCountsAsUpright(String segment) {
    byte[] damaged = TestImages.withSegment(JPEG, APP1, ascii(segment));

    assertThat(ExifOrientation.of(damaged)).isEqualTo(1);
  }

  @Test
  void aSegmentLengthBeyondTheFileCountsAsUpright() {
    byte[] truncated = Arrays.copyOf(TestImages.withOrientation(JPEG, 6, ByteOrder.BIG_ENDIAN), 20);

    assertThat(ExifOrientation.of(truncated)).isEqualTo(1);
  }

  @Test
  void aPictureWithADamagedExifSegmentStillDecodesAsStored() {
    byte[] damaged =
        TestImages.withSegment(JPEG, APP1, ascii("Exif\0\0MM\0*\u007f\u00ff\u00ff\u00f0"));

    TestImages.assertQuadrants(Pictures.decode(damaged, "picture").image(), 64, 32);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(ISO_8859_1);
  }
}
