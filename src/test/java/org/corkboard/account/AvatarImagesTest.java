package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.corkboard.account.control.AvatarImages;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

class AvatarImagesTest {

  private static final String NOT_A_PICTURE = "This file is not a JPEG, PNG or WebP picture.";
  private static final String DAMAGED = "This picture could not be read; it may be damaged.";

  // --- accepted uploads ---

  @Test
  void turnsAPngIntoDisplayAndThumbnailJpegs() throws IOException {
    assertProducesAvatarJpegs(encode(picture(300, 200, BufferedImage.TYPE_INT_ARGB), "png"));
  }

  @Test
  void turnsAJpegIntoDisplayAndThumbnailJpegs() throws IOException {
    assertProducesAvatarJpegs(encode(picture(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg"));
  }

  @Test
  void turnsAWebPIntoDisplayAndThumbnailJpegs() throws IOException {
    // 24 x 16, made with cwebp -q 60.
    byte[] webp =
        Base64.getDecoder()
            .decode(
                "UklGRl4AAABXRUJQVlA4IFIAAABwAwCdASoYABAAPrVKnkonJCKhsAgA4BaJagCdLcAZv+B5oEAA/tA381fKj/+Vf/yNY+1OxpxeOv3Bq3tP86t/5oidTfv9r/miJ1KNkkEOgAAA");
    assertProducesAvatarJpegs(webp);
  }

  @Test
  void cropsAPortraitPictureToASquare() throws IOException {
    assertProducesAvatarJpegs(encode(picture(120, 500, BufferedImage.TYPE_INT_RGB), "png"));
  }

  @Test
  void dropsExifMetadataFromJpegs() throws IOException {
    byte[] withExif =
        withExifSegment(encode(picture(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg"));
    assertThat(contains(withExif, "Exif")).as("input carries EXIF").isTrue();
    assertThat(ImageIO.read(new ByteArrayInputStream(withExif)))
        .as("input is a readable JPEG")
        .isNotNull();

    byte[][] avatar = assertProducesAvatarJpegs(withExif);

    for (byte[] jpeg : avatar) {
      assertThat(contains(jpeg, "Exif")).isFalse();
      assertThat(contains(jpeg, "GPS 47.37N 8.54E")).isFalse();
      assertThat(hasSegment(jpeg, 0xE1)).as("APP1 segment").isFalse();
    }
  }

  // --- refused uploads ---

  @Test
  void refusesAnEmptyUpload() {
    assertRefused(new byte[0], "Choose a picture to upload.");
    assertRefused(null, "Choose a picture to upload.");
  }

  @Test
  void refusesAnHtmlFile() {
    assertRefused(
        ascii("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n"),
        NOT_A_PICTURE);
  }

  @Test
  void refusesAnSvgDocument() {
    assertRefused(
        ascii(
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\">"
                + "<script>alert(1)</script><rect width=\"300\" height=\"200\"/></svg>\n"),
        NOT_A_PICTURE);
  }

  @Test
  void refusesAShellScript() {
    assertRefused(ascii("#!/bin/sh\nrm -rf / --no-preserve-root\n"), NOT_A_PICTURE);
  }

  @Test
  void refusesPicturesInOtherFormats() throws IOException {
    assertRefused(encode(picture(30, 20, BufferedImage.TYPE_INT_RGB), "gif"), NOT_A_PICTURE);
    assertRefused(encode(picture(30, 20, BufferedImage.TYPE_INT_RGB), "bmp"), NOT_A_PICTURE);
  }

  @Test
  void refusesATruncatedPng() throws IOException {
    byte[] png = encode(picture(300, 200, BufferedImage.TYPE_INT_RGB), "png");
    assertThat(png.length).isGreaterThan(100);

    assertRefused(Arrays.copyOf(png, 100), DAMAGED);
  }

  @Test
  void refusesAFileLargerThanFiveMegabytes() throws IOException {
    // A valid PNG at the start, so that only the size can be the reason.
    byte[] png = encode(picture(30, 20, BufferedImage.TYPE_INT_RGB), "png");
    byte[] tooLarge = Arrays.copyOf(png, AvatarImages.MAX_BYTES + 1);

    assertRefused(tooLarge, "The picture is larger than 5 MB; choose a smaller one.");
  }

  @Test
  void refusesADecompressionBombBeforeDecodingIt() throws IOException {
    // 10,000 x 5,000 = 50 megapixels, over the 40 MP limit, yet only a few kilobytes as a PNG.
    byte[] bomb = encode(new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY), "png");
    assertThat(bomb.length).isLessThan(AvatarImages.MAX_BYTES);

    assertRefused(bomb, "The picture has more than 40 megapixels; choose a smaller one.");
  }

  // --- helpers ---

  private static byte[][] assertProducesAvatarJpegs(byte[] upload) throws IOException {
    byte[][] avatar = AvatarImages.fromUpload(upload);

    assertThat(avatar).hasNumberOfRows(2);
    assertIsJpegOfSize(avatar[0], AvatarImages.DISPLAY_SIZE);
    assertIsJpegOfSize(avatar[1], AvatarImages.THUMBNAIL_SIZE);
    return avatar;
  }

  private static void assertIsJpegOfSize(byte[] jpeg, int size) throws IOException {
    assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8); // SOI marker
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertThat(decoded).isNotNull();
    assertThat(decoded.getWidth()).isEqualTo(size);
    assertThat(decoded.getHeight()).isEqualTo(size);
  }

  private static void assertRefused(byte[] upload, String message) {
    assertThatThrownBy(() -> AvatarImages.fromUpload(upload))
        .isInstanceOf(Refused.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("avatar"));
  }

  /** A picture with noise, so that it does not compress to almost nothing. */
  private static BufferedImage picture(int width, int height, int type) {
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

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    var bytes = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, bytes)).as("a writer for " + format).isTrue();
    return bytes.toByteArray();
  }

  /** The JPEG with an APP1 "Exif" segment (a minimal little-endian TIFF header) after SOI. */
  private static byte[] withExifSegment(byte[] jpeg) {
    var payload = new ByteArrayOutputStream();
    payload.writeBytes(ascii("Exif\0\0"));
    payload.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}); // TIFF header, IFD at offset 8
    payload.writeBytes(new byte[] {0, 0, 0, 0, 0, 0}); // no entries, no next IFD
    payload.writeBytes(ascii("GPS 47.37N 8.54E")); // stands in for location data
    int length = payload.size() + 2; // the length field counts itself

    var result = new ByteArrayOutputStream();
    result.write(jpeg, 0, 2); // SOI
    result.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    result.writeBytes(payload.toByteArray());
    result.write(jpeg, 2, jpeg.length - 2);
    return result.toByteArray();
  }

  /** Whether the JPEG has a marker segment of the given type before its image data. */
  private static boolean hasSegment(byte[] jpeg, int marker) {
    int i = 2; // after SOI
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int type = jpeg[i + 1] & 0xFF;
      if (type == marker) {
        return true;
      }
      if (type == 0xDA) { // start of scan: no more header segments
        return false;
      }
      i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
    }
    return false;
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
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
