package org.corkboard.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.corkboard.messaging.entity.AttachmentKind;
import org.corkboard.platform.Refused;
import org.corkboard.platform.TooLarge;
import org.corkboard.testing.TestImages;
import org.junit.jupiter.api.Test;

class AttachmentChecksTest {

  static final byte[] PDF = TestImages.pdf();

  @Test
  void aPdfIsKeptAsSentUnderItsOwnName() {
    var checked = AttachmentChecks.check(PDF, "Invoice March.pdf");
    assertThat(checked.kind()).isEqualTo(AttachmentKind.PDF);
    assertThat(checked.content()).isEqualTo(PDF);
    assertThat(checked.thumbnail()).isNull();
    assertThat(checked.fileName()).isEqualTo("Invoice March.pdf");
  }

  @Test
  void aFileOnlyNamedPdfIsRefused() {
    byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AttachmentChecks.check(page, "manual.pdf"))
        .isInstanceOf(Refused.class)
        .hasMessage(AttachmentChecks.NEITHER);
  }

  @Test
  void aPdfCutShortIsRefused() {
    byte[] cut = Arrays.copyOf(PDF, PDF.length - 8);
    assertThatThrownBy(() -> AttachmentChecks.check(cut, "cut.pdf"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void aPdfOverTenMegabytesIsRefused() {
    byte[] big = Arrays.copyOf(PDF, AttachmentChecks.MAX_PDF_BYTES + 1);
    System.arraycopy(PDF, 0, big, big.length - PDF.length, PDF.length);
    assertThatThrownBy(() -> AttachmentChecks.check(big, "big.pdf"))
        .isInstanceOf(TooLarge.class)
        .hasMessageContaining("10 MB");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> AttachmentChecks.check(new byte[0], "empty.png"))
        .isInstanceOf(Refused.class);
  }

  @Test
  void aPictureIsReencodedWithoutItsMetadataAndGetsAThumbnail() throws Exception {
    byte[] photo =
        TestImages.withOrientation(
            TestImages.encode(TestImages.photo(2400, 1200, BufferedImage.TYPE_INT_RGB), "jpeg"),
            1,
            ByteOrder.BIG_ENDIAN);
    assertThat(contains(photo, "Exif")).isTrue();

    var checked = AttachmentChecks.check(photo, "C:\\Users\\me\\IMG_0001.HEIC.jpeg");

    assertThat(checked.kind()).isEqualTo(AttachmentKind.PICTURE);
    assertThat(checked.fileName()).isEqualTo("IMG_0001.HEIC.jpg");
    assertThat(contains(checked.content(), "Exif")).isFalse();
    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(checked.content()));
    assertThat(shown.getWidth()).isEqualTo(AttachmentChecks.DISPLAY);
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(checked.thumbnail()));
    assertThat(small.getWidth()).isEqualTo(AttachmentChecks.THUMBNAIL);
  }

  @Test
  void namesLoseFoldersAndHeaderCharactersAndKeepTheRealExtension() {
    assertThat(FileNames.withExtension("../../etc/pass\"wd;.pdf", "document", ".pdf"))
        .isEqualTo("passwd.pdf");
    assertThat(FileNames.withExtension("  ", "document", ".pdf")).isEqualTo("document.pdf");
    assertThat(FileNames.withExtension("scan.png", "picture", ".jpg")).isEqualTo("scan.jpg");
    assertThat(FileNames.withExtension("x".repeat(300) + ".pdf", "document", ".pdf"))
        .hasSize(FileNames.MAX_LENGTH);
  }

  private static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
  }
}
