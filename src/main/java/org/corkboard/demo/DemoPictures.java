package org.corkboard.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws the pictures of demo listings in Java2D, so the demo needs no files or downloads: a soft
 * gradient in the colours of the category, a few light circles, the item's motif on a plate and its
 * short name on a label. A picture depends only on its arguments: the same ones give the same
 * pixels.
 */
final class DemoPictures {

  static final int WIDTH = 800;
  static final int HEIGHT = 600;

  /** The colours of one top-level category. */
  record Theme(Color light, Color dark, Color ink, Color accent) {

    static Theme of(int light, int dark, int ink, int accent) {
      return new Theme(new Color(light), new Color(dark), new Color(ink), new Color(accent));
    }
  }

  private DemoPictures() {}

  /** Picture {@code variant} (0, 1, 2, ...) of an item: each variant a different "shot". */
  static BufferedImage draw(Theme theme, Motif motif, String label, int variant) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      background(g, theme, new Random(label.hashCode() * 31L + variant), variant);
      plate(g, theme, motif, variant);
      label(g, theme, label);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void background(Graphics2D g, Theme theme, Random random, int variant) {
    boolean diagonal = variant % 2 == 0;
    g.setPaint(
        new GradientPaint(0, 0, theme.light(), diagonal ? WIDTH : 0, HEIGHT, theme.dark(), false));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Composite opaque = g.getComposite();
    g.setColor(Color.WHITE);
    for (int i = 0; i < 7; i++) {
      int size = 80 + random.nextInt(260);
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.12f + i * 0.02f));
      g.fillOval(random.nextInt(WIDTH) - size / 2, random.nextInt(HEIGHT) - size / 2, size, size);
    }
    g.setComposite(opaque);
  }

  private static void plate(Graphics2D g, Theme theme, Motif motif, int variant) {
    double[] scales = {1.0, 1.22, 0.9};
    double[] angles = {0, -0.14, 0.1};
    int[] shifts = {0, -60, 70};
    int centreX = WIDTH / 2 + shifts[variant % 3];
    int centreY = 258;
    var saved = g.getTransform();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.14f));
    g.setColor(theme.ink());
    g.fillOval(centreX - 172, centreY - 162, 344, 344);
    g.setComposite(AlphaComposite.SrcOver);
    g.setColor(new Color(255, 255, 255, 235));
    g.fillOval(centreX - 170, centreY - 170, 340, 340);
    g.translate(centreX, centreY);
    g.scale(scales[variant % 3], scales[variant % 3]);
    g.rotate(angles[variant % 3]);
    motif.draw(new Motif.Pen(g, theme.ink(), theme.accent(), Color.WHITE));
    g.setTransform(saved);
  }

  private static void label(Graphics2D g, Theme theme, String label) {
    int size = 46;
    Font font;
    FontMetrics metrics;
    do {
      font = new Font(Font.SANS_SERIF, Font.BOLD, size);
      metrics = g.getFontMetrics(font);
      size -= 2;
    } while (metrics.stringWidth(label) > WIDTH - 140 && size > 20);
    int width = metrics.stringWidth(label) + 64;
    int height = metrics.getHeight() + 26;
    int x = (WIDTH - width) / 2;
    int y = HEIGHT - height - 36;
    g.setColor(new Color(0, 0, 0, 28));
    g.fill(new RoundRectangle2D.Double(x + 3, y + 5, width, height, height, height));
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(x, y, width, height, height, height));
    g.setStroke(new BasicStroke(3));
    g.setColor(theme.accent());
    g.draw(new RoundRectangle2D.Double(x, y, width, height, height, height));
    g.setFont(font);
    g.setColor(theme.ink());
    g.drawString(label, x + 32, y + 13 + metrics.getAscent());
  }
}
