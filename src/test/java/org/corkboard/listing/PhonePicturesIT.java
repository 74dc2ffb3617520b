package org.corkboard.listing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient.Page;
import org.corkboard.testing.WebClient.Upload;
import org.junit.jupiter.api.Test;

/** A photo from a phone, taken sideways and tagged to be turned, is shown upright. */
class PhonePicturesIT extends PagesTestBase {

  private static final int WIDTH = 400;
  private static final int HEIGHT = 200;
  private static final int TURN_CLOCKWISE = 6;

  @Test
  void aPictureTaggedToBeTurnedIsStoredUpright() throws Exception {
    var seller = signedInAs(verifiedAccount());
    Page draft = draftListing(seller, "Bike " + unique("phone"));
    BufferedImage sideways =
        TestImages.asStored(TestImages.quadrants(WIDTH, HEIGHT), TURN_CLOCKWISE);
    byte[] photo =
        TestImages.withOrientation(
            TestImages.encode(sideways, "jpeg"), TURN_CLOCKWISE, ByteOrder.BIG_ENDIAN);

    addPicture(seller, draft, new Upload("IMG_0001.jpg", "image/jpeg", photo));

    String picture = firstPicture(seller.get(draft.url()));
    byte[] stored = seller.bytes(picture);
    TestImages.assertQuadrants(ImageIO.read(new ByteArrayInputStream(stored)), WIDTH, HEIGHT);
  }
}
