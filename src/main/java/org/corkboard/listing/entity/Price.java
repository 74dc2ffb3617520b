package org.corkboard.listing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.corkboard.platform.Refused;

/** A listing's price: how it is priced and, for a set or negotiable price, the amount. */
@Embeddable
public class Price {

  public static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "CHF", "SEK", "PLN");
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

  @Enumerated(EnumType.STRING)
  @Column(name = "price_mode")
  private PriceMode mode;

  @Column(name = "price_amount")
  private BigDecimal amount;

  @Column(name = "price_currency")
  private String currency;

  protected Price() {}

  private Price(PriceMode mode, BigDecimal amount, String currency) {
    this.mode = mode;
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * A price checked against the rules: an amount (more than 0, at most a million, in cents) and a
   * known currency for a set or negotiable price, none otherwise.
   */
  public static Price of(PriceMode mode, BigDecimal amount, String currency) {
    Objects.requireNonNull(mode);
    if (!mode.hasAmount()) {
      return new Price(mode, null, null);
    }
    if (amount == null) {
      throw new Refused("priceAmount", "Enter a price, or choose another kind of price.");
    }
    if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      throw new Refused("priceAmount", "Enter a price above 0 and at most 1,000,000.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new Refused("priceAmount", "Use at most two decimal places.");
    }
    if (currency == null || !CURRENCIES.contains(currency)) {
      throw new Refused("priceCurrency", "Choose one of the listed currencies.");
    }
    return new Price(mode, amount.setScale(2, RoundingMode.UNNECESSARY), currency);
  }

  public static Price none() {
    return new Price(PriceMode.NONE, null, null);
  }

  public PriceMode getMode() {
    return mode;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  /** "€120.00", "CHF 45.00", "€80.00 or best offer", "Free", or "" when there is no price. */
  public String display() {
    return switch (mode) {
      case FREE -> "Free";
      case NONE -> "";
      case FIXED -> money();
      case NEGOTIABLE -> money() + " or best offer";
    };
  }

  /** The amount as a sentence names it: "€120", "€89.50", "CHF 45"; "free" when given away. */
  public String brief() {
    if (!mode.hasAmount()) {
      return mode == PriceMode.FREE ? "free" : "";
    }
    return money(amount.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00");
  }

  /**
   * Whether this price is lower than {@code before}: an amount that went down in the same currency,
   * or something that had an amount and is now free. A change of currency or to "no price" is no
   * drop: the two cannot be compared.
   */
  public boolean isDropFrom(Price before) {
    if (before == null || !before.mode.hasAmount()) {
      return false;
    }
    if (mode == PriceMode.FREE) {
      return true;
    }
    return mode.hasAmount()
        && currency.equals(before.currency)
        && amount.compareTo(before.amount) < 0;
  }

  private String money() {
    return money("#,##0.00");
  }

  private String money(String pattern) {
    String symbol = Currency.getInstance(currency).getSymbol(Locale.ENGLISH);
    String number =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    return symbol.length() == 1 ? symbol + number : symbol + " " + number;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Price price
        && mode == price.mode
        && Objects.equals(amount, price.amount)
        && Objects.equals(currency, price.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, amount, currency);
  }
}
