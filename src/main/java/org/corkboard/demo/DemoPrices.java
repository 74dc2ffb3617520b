package org.corkboard.demo;

import java.math.BigDecimal;
import java.util.Random;
import org.corkboard.demo.DemoCatalogue.Template;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;

/**
 * Prices of demo listings, of the kinds their type allows: an amount between the template's low and
 * high, rounded as people round prices, set or negotiable; free or none where there is none.
 */
final class DemoPrices {

  static final String CURRENCY = "EUR";

  private DemoPrices() {}

  static Price of(Template template, Random random) {
    int roll = random.nextInt(100);
    boolean noAmount = template.low() == 0;
    PriceMode mode =
        switch (template.type()) {
          case FOR_SALE -> roll < 35 ? PriceMode.NEGOTIABLE : PriceMode.FIXED;
          case FOR_RENT -> roll < 15 ? PriceMode.NEGOTIABLE : PriceMode.FIXED;
          case FREE -> PriceMode.FREE;
          case WANTED -> PriceMode.NONE;
          case SERVICE, RIDE_SHARE ->
              noAmount ? PriceMode.FREE : roll < 15 ? PriceMode.NEGOTIABLE : PriceMode.FIXED;
          case JOB ->
              noAmount ? PriceMode.NONE : roll < 30 ? PriceMode.NEGOTIABLE : PriceMode.FIXED;
        };
    if (!mode.hasAmount()) {
      return Price.of(mode, null, null);
    }
    int amount = template.low() + random.nextInt(template.high() - template.low() + 1);
    return Price.of(mode, BigDecimal.valueOf(rounded(amount)), CURRENCY);
  }

  /** 1,234 becomes 1,250; 237 becomes 240; 43 becomes 45; small amounts stay. */
  static int rounded(int amount) {
    int step = amount >= 1000 ? 50 : amount >= 200 ? 10 : amount >= 40 ? 5 : 1;
    return Math.max(step, Math.round(amount / (float) step) * step);
  }
}
