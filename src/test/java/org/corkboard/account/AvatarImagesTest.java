package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.corkboard.account.control.AvatarImages;
import org.corkboard.platform.Refused;
import org.corkboard.platform.TooLarge;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * What is particular to avatars: square display and thumbnail sizes, the 5 MB limit, messages for
 * the avatar field. Recognising and cleaning pictures is tested in PicturesTest.
 */
class AvatarImagesTest {

  private static final String NOT_A_PICTURE = "This file is not a JPEG, PNG or WebP picture.";

  // --- accepted uploads ---

  @Test
  void turnsAPngIntoDisplayAndThumbnailJpegs() throws IOException {
    assertProducesAvatarJpegs(
        TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_ARGB), "png"));
  }

  @Test
  void turnsAJpegIntoDisplayAndThumbnailJpegs() throws IOException {
    assertProducesAvatarJpegs(
        TestImages.encode(TestImages.photo(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg"));
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
    assertProducesAvatarJpegs(
        TestImages.encode(TestImages.photo(120, 500, BufferedImage.TYPE_INT_RGB), "png"));
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
  void refusesPicturesInOtherFormats() throws IOException {
    assertRefused(
        TestImages.encode(TestImages.photo(30, 20, BufferedImage.TYPE_INT_RGB), "gif"),
        NOT_A_PICTURE);
    assertRefused(
        TestImages.encode(TestImages.photo(30, 20, BufferedImage.TYPE_INT_RGB), "bmp"),
        NOT_A_PICTURE);
  }

  @Test
  void refusesAFileLargerThanFiveMegabytes() throws IOException {
    // A valid PNG at the start, so that only the size can be the reason.
    byte[] png = TestImages.encode(TestImages.photo(30, 20, BufferedImage.TYPE_INT_RGB), "png");
    byte[] tooLarge = Arrays.copyOf(png, AvatarImages.MAX_BYTES + 1);

    assertRefused(tooLarge, "Your picture may be at most 5 MB; choose a smaller one.");
    assertThatThrownBy(() -> AvatarImages.fromUpload(tooLarge)).isInstanceOf(TooLarge.class);
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

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
