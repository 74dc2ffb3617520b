package org.corkboard.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The simple drawing in the middle of a demo picture, one per kind of thing. Each draws within a
 * 240 x 240 box centred on the origin, with the picture's ink (outlines), accent (fills) and paper
 * (light details) colours.
 */
enum Motif {
  PHONE {
    @Override
    void draw(Pen pen) {
      pen.shape(round(-62, -112, 124, 224, 30));
      pen.fill(round(-48, -90, 96, 164, 10), pen.paper);
      pen.fill(circle(0, 94, 9), pen.ink);
      pen.line(-16, -101, 16, -101);
    }
  },
  LAPTOP {
    @Override
    void draw(Pen pen) {
      pen.shape(round(-95, -95, 190, 128, 14));
      pen.fill(new Rectangle2D.Double(-80, -80, 160, 98), pen.paper);
      pen.shape(polygon(-122, 40, 122, 40, 106, 66, -106, 66));
      pen.line(-22, 52, 22, 52);
    }
  },
  SCREEN {
    @Override
    void draw(Pen pen) {
      pen.shape(round(-115, -90, 230, 148, 12));
      pen.fill(new Rectangle2D.Double(-100, -75, 200, 118), pen.paper);
      pen.fill(polygon(-18, -42, 30, -16, -18, 10), pen.accent);
      pen.line(0, 60, 0, 88);
      pen.line(-48, 90, 48, 90);
    }
  },
  CAMERA {
    @Override
    void draw(Pen pen) {
      pen.shape(polygon(-52, -58, -34, -86, 34, -86, 52, -58));
      pen.shape(round(-118, -62, 236, 150, 22));
      pen.fill(circle(0, 12, 50), pen.paper);
      pen.outline(circle(0, 12, 50));
      pen.fill(circle(0, 12, 26), pen.ink);
      pen.fill(round(70, -46, 28, 16, 6), pen.paper);
    }
  },
  CHAIR {
    @Override
    void draw(Pen pen) {
      pen.line(0, 40, 0, 86);
      pen.line(-62, 104, 62, 104);
      pen.line(0, 86, 0, 104);
      pen.shape(round(-58, -112, 116, 104, 24));
      pen.shape(round(-76, 2, 152, 36, 14));
      for (int x : new int[] {-62, 0, 62}) {
        pen.fill(circle(x, 108, 9), pen.ink);
      }
    }
  },
  SOFA {
    @Override
    void draw(Pen pen) {
      pen.shape(round(-100, -72, 200, 84, 26));
      pen.shape(round(-108, 2, 216, 56, 18));
      pen.shape(round(-126, -22, 42, 88, 16));
      pen.shape(round(84, -22, 42, 88, 16));
      pen.line(-96, 68, -96, 92);
      pen.line(96, 68, 96, 92);
    }
  },
  PLANT {
    @Override
    void draw(Pen pen) {
      for (double angle : new double[] {-0.9, -0.35, 0.2, 0.75}) {
        pen.rotated(angle, 0, 14, () -> pen.shape(new Ellipse2D.Double(-22, -104, 44, 118)));
      }
      pen.fill(polygon(-58, 18, 58, 18, 44, 112, -44, 112), pen.paper);
      pen.outline(polygon(-58, 18, 58, 18, 44, 112, -44, 112));
      pen.shape(round(-68, 4, 136, 26, 8));
    }
  },
  SHIRT {
    @Override
    void draw(Pen pen) {
      Path2D shirt = new Path2D.Double();
      shirt.moveTo(-40, -104);
      shirt.lineTo(-116, -62);
      shirt.lineTo(-88, -8);
      shirt.lineTo(-62, -24);
      shirt.lineTo(-62, 112);
      shirt.lineTo(62, 112);
      shirt.lineTo(62, -24);
      shirt.lineTo(88, -8);
      shirt.lineTo(116, -62);
      shirt.lineTo(40, -104);
      shirt.quadTo(0, -58, -40, -104);
      shirt.closePath();
      pen.shape(shirt);
    }
  },
  BALL {
    @Override
    void draw(Pen pen) {
      pen.shape(circle(0, 0, 104));
      Path2D seams = new Path2D.Double();
      seams.moveTo(-74, -74);
      seams.quadTo(-8, 0, -74, 74);
      seams.moveTo(74, -74);
      seams.quadTo(8, 0, 74, 74);
      pen.outline(seams);
    }
  },
  BIKE {
    @Override
    void draw(Pen pen) {
      pen.outline(circle(-66, 44, 54));
      pen.outline(circle(66, 44, 54));
      Path2D frame = new Path2D.Double();
      frame.moveTo(-66, 44);
      frame.lineTo(0, 44);
      frame.lineTo(-24, -30);
      frame.closePath();
      frame.moveTo(-24, -30);
      frame.lineTo(46, -30);
      frame.lineTo(0, 44);
      frame.moveTo(46, -30);
      frame.lineTo(66, 44);
      pen.stroke(frame, pen.accent, 14);
      pen.line(-44, -42, -6, -42);
      pen.line(46, -30, 50, -56);
      pen.line(36, -56, 64, -56);
    }
  },
  BOOKS {
    @Override
    void draw(Pen pen) {
      pen.shape(round(-110, 48, 220, 46, 6));
      pen.fill(round(-96, 2, 196, 46, 6), pen.paper);
      pen.outline(round(-96, 2, 196, 46, 6));
      pen.shape(round(-104, -44, 204, 46, 6));
      pen.line(-78, 48, -78, 94);
      pen.line(72, 2, 72, 48);
      pen.line(-74, -44, -74, 2);
    }
  },
  BLOCKS {
    @Override
    void draw(Pen pen) {
      pen.shape(round(-116, 10, 104, 104, 12));
      pen.fill(round(12, 10, 104, 104, 12), pen.paper);
      pen.outline(round(12, 10, 104, 104, 12));
      pen.shape(round(-52, -98, 104, 104, 12));
      pen.fill(circle(-64, 62, 20), pen.paper);
      pen.fill(polygon(64, 36, 88, 84, 40, 84), pen.accent);
      pen.fill(new Rectangle2D.Double(-20, -66, 40, 40), pen.paper);
    }
  },
  CAR {
    @Override
    void draw(Pen pen) {
      Path2D body = new Path2D.Double();
      body.moveTo(-122, 44);
      body.lineTo(-122, 2);
      body.quadTo(-118, -12, -86, -14);
      body.lineTo(-54, -62);
      body.lineTo(48, -62);
      body.lineTo(86, -14);
      body.quadTo(122, -8, 122, 20);
      body.lineTo(122, 44);
      body.closePath();
      pen.shape(body);
      pen.fill(polygon(-42, -50, -6, -50, -6, -16, -68, -16), pen.paper);
      pen.fill(polygon(8, -50, 42, -50, 68, -16, 8, -16), pen.paper);
      for (int x : new int[] {-66, 66}) {
        pen.fill(circle(x, 46, 28), pen.ink);
        pen.fill(circle(x, 46, 11), pen.paper);
      }
    }
  },
  GIFT {
    @Override
    void draw(Pen pen) {
      pen.shape(new Rectangle2D.Double(-90, -20, 180, 128));
      pen.shape(new Rectangle2D.Double(-106, -56, 212, 40));
      pen.fill(new Rectangle2D.Double(-14, -56, 28, 164), pen.ink);
      pen.rotated(-0.6, 0, -56, () -> pen.outline(new Ellipse2D.Double(-58, -76, 58, 40)));
      pen.rotated(0.6, 0, -56, () -> pen.outline(new Ellipse2D.Double(0, -76, 58, 40)));
    }
  },
  SEARCH {
    @Override
    void draw(Pen pen) {
      pen.stroke(new Line2D.Double(34, 34, 104, 104), pen.ink, 30);
      pen.fill(circle(-22, -22, 80), pen.paper);
      pen.stroke(circle(-22, -22, 80), pen.accent, 22);
    }
  },
  HOUSE {
    @Override
    void draw(Pen pen) {
      pen.shape(new Rectangle2D.Double(-84, -8, 168, 118));
      pen.fill(polygon(-116, 4, 0, -104, 116, 4), pen.ink);
      pen.fill(round(-22, 44, 44, 66, 6), pen.paper);
      pen.fill(new Rectangle2D.Double(34, 14, 34, 34), pen.paper);
      pen.fill(new Rectangle2D.Double(-68, 14, 34, 34), pen.paper);
    }
  },
  PARKING {
    @Override
    void draw(Pen pen) {
      pen.fill(round(-104, -104, 208, 208, 44), pen.ink);
      pen.text("P", pen.paper, 190);
    }
  },
  BRIEFCASE {
    @Override
    void draw(Pen pen) {
      pen.outline(round(-42, -88, 84, 60, 22));
      pen.shape(round(-118, -46, 236, 152, 20));
      pen.line(-118, 16, 118, 16);
      pen.fill(round(-16, 4, 32, 26, 6), pen.ink);
    }
  },
  HAMMER {
    @Override
    void draw(Pen pen) {
      pen.rotated(
          -0.6,
          0,
          0,
          () -> {
            pen.shape(round(-13, -44, 26, 164, 12));
            pen.fill(round(-78, -92, 156, 50, 12), pen.ink);
          });
    }
  },
  CAP {
    @Override
    void draw(Pen pen) {
      Path2D crown = new Path2D.Double();
      crown.moveTo(-72, -8);
      crown.lineTo(-72, 52);
      crown.quadTo(0, 90, 72, 52);
      crown.lineTo(72, -8);
      pen.shape(crown);
      pen.shape(polygon(0, -84, 122, -32, 0, 20, -122, -32));
      pen.line(0, -32, 96, -18);
      pen.line(96, -18, 96, 44);
      pen.fill(circle(96, 50, 10), pen.ink);
    }
  },
  HEART {
    @Override
    void draw(Pen pen) {
      Path2D heart = new Path2D.Double();
      heart.moveTo(0, 104);
      heart.curveTo(-150, 4, -96, -118, 0, -52);
      heart.curveTo(96, -118, 150, 4, 0, 104);
      heart.closePath();
      pen.shape(heart);
    }
  },
  CALENDAR {
    @Override
    void draw(Pen pen) {
      pen.fill(round(-104, -84, 208, 188, 20), pen.paper);
      pen.fill(new Rectangle2D.Double(-104, -56, 208, 26), pen.accent);
      pen.fill(round(-104, -84, 208, 54, 20), pen.accent);
      pen.outline(round(-104, -84, 208, 188, 20));
      pen.line(-50, -104, -50, -66);
      pen.line(50, -104, 50, -66);
      for (int row = 0; row < 3; row++) {
        for (int column = 0; column < 4; column++) {
          Color colour = row == 1 && column == 2 ? pen.ink : pen.accent;
          pen.fill(round(-78 + column * 42, -12 + row * 36, 26, 24, 6), colour);
        }
      }
    }
  },
  KEY {
    @Override
    void draw(Pen pen) {
      pen.shape(new Rectangle2D.Double(-24, -12, 140, 24));
      pen.shape(new Rectangle2D.Double(72, 12, 16, 34));
      pen.shape(new Rectangle2D.Double(100, 12, 16, 24));
      Area ring = new Area(circle(-64, 0, 54));
      ring.subtract(new Area(circle(-76, 0, 18)));
      pen.shape(ring);
    }
  },
  TICKET {
    @Override
    void draw(Pen pen) {
      Area ticket = new Area(round(-122, -70, 244, 140, 14));
      ticket.subtract(new Area(circle(-122, 0, 24)));
      ticket.subtract(new Area(circle(122, 0, 24)));
      pen.shape(ticket);
      pen.stroke(
          new Line2D.Double(54, -58, 54, 58),
          pen.ink,
          new BasicStroke(
              6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {8, 14}, 0));
      pen.line(-88, -28, 20, -28);
      pen.line(-88, 4, 0, 4);
      pen.line(-88, 36, 12, 36);
    }
  },
  STAR {
    @Override
    void draw(Pen pen) {
      Path2D star = new Path2D.Double();
      for (int i = 0; i < 10; i++) {
        double radius = i % 2 == 0 ? 118 : 48;
        double angle = -Math.PI / 2 + i * Math.PI / 5;
        double x = radius * Math.cos(angle);
        double y = radius * Math.sin(angle) + 8;
        if (i == 0) {
          star.moveTo(x, y);
        } else {
          star.lineTo(x, y);
        }
      }
      star.closePath();
      pen.shape(star);
    }
  },
  BULB {
    @Override
    void draw(Pen pen) {
      pen.shape(circle(0, -34, 76));
      pen.fill(round(-34, 46, 68, 22, 8), pen.ink);
      pen.fill(round(-26, 74, 52, 18, 8), pen.ink);
      pen.line(-18, -20, 0, 8);
      pen.line(0, 8, 18, -20);
      pen.line(0, 8, 0, 42);
    }
  },
  MUG {
    @Override
    void draw(Pen pen) {
      pen.outline(round(36, -24, 70, 76, 34));
      pen.shape(round(-84, -52, 132, 150, 22));
      Path2D steam = new Path2D.Double();
      for (int x : new int[] {-46, -10, 26}) {
        steam.moveTo(x, -70);
        steam.quadTo(x - 14, -88, x, -104);
      }
      pen.outline(steam);
    }
  };

  abstract void draw(Pen pen);

  static Shape round(double x, double y, double width, double height, double arc) {
    return new RoundRectangle2D.Double(x, y, width, height, arc, arc);
  }

  static Shape circle(double x, double y, double radius) {
    return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
  }

  static Shape polygon(double... points) {
    Path2D path = new Path2D.Double();
    path.moveTo(points[0], points[1]);
    for (int i = 2; i < points.length; i += 2) {
      path.lineTo(points[i], points[i + 1]);
    }
    path.closePath();
    return path;
  }

  /** The graphics a motif draws on, with its colours and the usual outline width. */
  record Pen(Graphics2D g, Color ink, Color accent, Color paper) {

    private static final float OUTLINE = 10f;

    void shape(Shape shape) {
      fill(shape, accent);
      outline(shape);
    }

    void fill(Shape shape, Color colour) {
      g.setColor(colour);
      g.fill(shape);
    }

    void outline(Shape shape) {
      stroke(shape, ink, OUTLINE);
    }

    void line(double x1, double y1, double x2, double y2) {
      outline(new Line2D.Double(x1, y1, x2, y2));
    }

    void stroke(Shape shape, Color colour, float width) {
      stroke(shape, colour, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    void stroke(Shape shape, Color colour, BasicStroke stroke) {
      g.setColor(colour);
      g.setStroke(stroke);
      g.draw(shape);
    }

    void rotated(double angle, double x, double y, Runnable drawing) {
      var saved = g.getTransform();
      g.rotate(angle, x, y);
      drawing.run();
      g.setTransform(saved);
    }

    void text(String text, Color colour, int size) {
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
      var metrics = g.getFontMetrics();
      g.setColor(colour);
      g.drawString(
          text, -metrics.stringWidth(text) / 2f, (metrics.getAscent() - metrics.getDescent()) / 2f);
    }
  }
}
