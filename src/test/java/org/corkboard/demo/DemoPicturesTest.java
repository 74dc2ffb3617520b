package org.corkboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.corkboard.demo.DemoCatalogue.Template;
import org.corkboard.demo.DemoPictures.Theme;
import org.junit.jupiter.api.Test;

class DemoPicturesTest {

  private static final Theme THEME = DemoCatalogue.theme("for-sale");

  @Test
  void drawsAPictureOfTheExpectedSize() {
    BufferedImage picture = DemoPictures.draw(THEME, Motif.BIKE, "City bike", 0);

    assertThat(picture.getWidth()).isEqualTo(800);
    assertThat(picture.getHeight()).isEqualTo(600);
    assertThat(picture.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
  }

  @Test
  void theSameShotHasTheSamePixels() {
    for (int variant = 0; variant < 3; variant++) {
      assertThat(pixels(DemoPictures.draw(THEME, Motif.SOFA, "Sofa", variant)))
          .isEqualTo(pixels(DemoPictures.draw(THEME, Motif.SOFA, "Sofa", variant)));
    }
  }

  @Test
  void otherShotsOfTheSameItemLookDifferent() {
    int[] first = pixels(DemoPictures.draw(THEME, Motif.PHONE, "Smartphone", 0));

    assertThat(pixels(DemoPictures.draw(THEME, Motif.PHONE, "Smartphone", 1))).isNotEqualTo(first);
    assertThat(pixels(DemoPictures.draw(THEME, Motif.PHONE, "Smartphone", 2))).isNotEqualTo(first);
    assertThat(pixels(DemoPictures.draw(THEME, Motif.PHONE, "Phone case", 0))).isNotEqualTo(first);
  }

  @Test
  void everyTemplateHasAPictureInTheColoursOfItsCategory() {
    for (Template template : DemoCatalogue.all()) {
      Theme theme = DemoCatalogue.theme(template.top());
      assertThat(theme).as(template.top()).isNotNull();

      BufferedImage picture = DemoPictures.draw(theme, template.motif(), template.label(), 0);

      assertThat(picture.getRGB(2, 2) & 0xFFFFFF)
          .as(template.label())
          .isNotEqualTo(0)
          .isNotEqualTo(0xFFFFFF);
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
