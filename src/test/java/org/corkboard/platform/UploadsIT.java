package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.SecurityHeaders;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient.Page;
import org.corkboard.testing.WebClient.Upload;
import org.junit.jupiter.api.Test;

/**
 * Uploads the application refuses, with the browser's checks bypassed: the refusal is shown beside
 * the field, the rest of the form is kept, and a file over its limit answers 413.
 */
class UploadsIT extends PagesTestBase {

  private static final byte[] SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void somethingThatIsNoPictureIsRefusedBesideThePictures() throws Exception {
    var seller = signedInAs(verifiedAccount());
    Page draft = draftListing(seller, "Bike " + unique("svg"));
    for (Upload svg :
        new Upload[] {
          new Upload("drawing.svg", "image/svg+xml", SVG), new Upload("photo.png", "image/png", SVG)
        }) {
      Page answer = addPicture(seller, draft, svg);
      assertThat(answer.status()).as(svg.name()).isEqualTo(200);
      assertThat(pictureArea(answer)).contains("This file is not a JPEG, PNG or WebP picture.");
    }
    assertThat(seller.get(draft.url()).html()).doesNotContain("/pictures/");
  }

  @Test
  void aPictureOverTenMegabytesGets413AndTheFormIsKept() throws Exception {
    var seller = signedInAs(verifiedAccount());
    String title = "Bike " + unique("big");
    Page draft = draftListing(seller, title);
    Upload big = new Upload("big.png", "image/png", overSize(10));

    Page page = addPictureWithoutAjax(seller, draft, big);
    assertThat(pictureArea(page)).contains("A picture may be at most 10 MB");
    assertThat(page.status()).isEqualTo(413);
    assertThat(page.html()).contains("value=\"" + title + "\"");
    SecurityHeaders.assertPresent(page);

    Page ajax = addPicture(seller, draft, big);
    assertThat(ajax.status()).as("PrimeFaces applies only a 2xx answer").isEqualTo(200);
    assertThat(pictureArea(ajax)).contains("A picture may be at most 10 MB");
    assertThat(seller.get(draft.url()).html()).doesNotContain("/pictures/");
  }

  @Test
  void anAvatarOverItsLimitGets413WithTheMessageBesideIt() throws Exception {
    var person = signedInAs(verifiedAccount());
    for (int megabytes : new int[] {5, 12}) {
      Page profile = person.get("/account/profile");
      Page page =
          person.submitFile(
              profile,
              "avatarForm",
              Map.of("uploadAvatar", ""),
              "avatar",
              new Upload("me.png", "image/png", overSize(megabytes)));
      assertThat(page.status()).as(megabytes + " MB").isEqualTo(413);
      assertThat(page.html()).contains("Your picture may be at most 5 MB");
      SecurityHeaders.assertPresent(page);
    }
  }

  /** The part of the edit page, or of its Ajax update, where the pictures are listed. */
  private static String pictureArea(Page page) {
    int pictures = page.html().indexOf("id=\"pictures\"");
    assertThat(pictures).as("the pictures on " + page.url()).isNotNegative();
    return page.html().substring(pictures);
  }

  /** A PNG's start, padded to a little over the given size. */
  private static byte[] overSize(int megabytes) {
    return Arrays.copyOf(TestImages.png(40, 30), megabytes * 1024 * 1024 + 1);
  }
}
