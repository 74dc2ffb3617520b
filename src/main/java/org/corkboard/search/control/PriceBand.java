package org.corkboard.search.control;

import java.util.Arrays;
import org.apache.lucene.facet.range.LongRange;

/**
 * The price ranges counted beside a result. Free is a band of its own, because people look for
 * giveaways on purpose; the others grow roughly fivefold, like the prices of second-hand goods.
 */
public enum PriceBand {
  FREE("free", "Free", 0, 0),
  UNDER_25("under-25", "Under €25", 1, 2_499),
  FROM_25("25-100", "€25 – €100", 2_500, 9_999),
  FROM_100("100-500", "€100 – €500", 10_000, 49_999),
  FROM_500("500-2000", "€500 – €2,000", 50_000, 199_999),
  OVER_2000("over-2000", "Over €2,000", 200_000, Long.MAX_VALUE);

  private final String key;
  private final String label;
  private final long minCents;
  private final long maxCents;

  PriceBand(String key, String label, long minCents, long maxCents) {
    this.key = key;
    this.label = label;
    this.minCents = minCents;
    this.maxCents = maxCents;
  }

  /** The value of this band in the price facet. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The lowest price in the band, inclusive. */
  public long minCents() {
    return minCents;
  }

  /** The highest price in the band, inclusive. */
  public long maxCents() {
    return maxCents;
  }

  static LongRange[] ranges() {
    return Arrays.stream(values())
        .map(band -> new LongRange(band.key, band.minCents, true, band.maxCents, true))
        .toArray(LongRange[]::new);
  }
}
