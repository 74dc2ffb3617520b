package org.corkboard.platform.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ScalingTest {

  @Test
  void fitWithinKeepsTheAspectRatio() {
    BufferedImage landscape = Scaling.fitWithin(blank(400, 200), 100, 100);
    BufferedImage portrait = Scaling.fitWithin(blank(300, 900), 200, 150);

    assertSize(landscape, 100, 50);
    assertSize(portrait, 50, 150);
  }

  @Test
  void fitWithinNeverEnlargesASmallPicture() {
    assertSize(Scaling.fitWithin(blank(40, 30), 1000, 1000), 40, 30);
  }

  @Test
  void fitWithinShrinksAVeryLargePictureInSteps() {
    assertSize(Scaling.fitWithin(blank(6000, 4000), 300, 300), 300, 200);
  }

  @Test
  void largeReductionsAverageFineDetailInsteadOfDroppingIt() {
    // One-pixel black and white stripes look mid grey from afar, and should after shrinking too.
    BufferedImage stripes = new BufferedImage(1600, 1600, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 1600; x += 2) {
      for (int y = 0; y < 1600; y++) {
        stripes.setRGB(x, y, 0xFFFFFF);
      }
    }

    BufferedImage small = Scaling.fitWithin(stripes, 100, 100);

    for (int x = 0; x < 100; x += 7) {
      assertThat(new Color(small.getRGB(x, 50)).getGreen()).isBetween(100, 155);
    }
  }

  @Test
  void squareCropIsASquareOfTheCentre() {
    BufferedImage thirds = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = thirds.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 100, 100);
    g.setColor(Color.GREEN);
    g.fillRect(100, 0, 100, 100);
    g.setColor(Color.BLUE);
    g.fillRect(200, 0, 100, 100);
    g.dispose();

    BufferedImage square = Scaling.squareCrop(thirds, 50);

    assertSize(square, 50, 50);
    assertThat(square.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0x00FF00);
    assertThat(square.getRGB(47, 47) & 0xFFFFFF).isEqualTo(0x00FF00);
  }

  @Test
  void squareCropScalesToTheRequestedSideEitherWay() {
    assertSize(Scaling.squareCrop(blank(120, 500), 256), 256, 256);
    assertSize(Scaling.squareCrop(blank(3000, 2000), 64), 64, 64);
  }

  @Test
  void resultsAreOpaqueRgbWithTransparencyOverWhite() {
    BufferedImage transparent = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);

    BufferedImage fitted = Scaling.fitWithin(transparent, 100, 100);
    BufferedImage square = Scaling.squareCrop(transparent, 30);

    assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    assertThat(square.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    assertThat(fitted.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(square.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  private static BufferedImage blank(int width, int height) {
    return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
  }

  private static void assertSize(BufferedImage image, int width, int height) {
    assertThat(image.getWidth()).as("width").isEqualTo(width);
    assertThat(image.getHeight()).as("height").isEqualTo(height);
  }
}
