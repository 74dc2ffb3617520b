package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.category.entity.Category;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Location;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

class PriceTest {

  private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

  private static Price fixed(String amount) {
    return Price.of(PriceMode.FIXED, new BigDecimal(amount), "EUR");
  }

  private static void assertRefused(Runnable action, String field, String message) {
    assertThatThrownBy(action::run)
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo(field));
  }

  @Test
  void aSetOrNegotiablePriceNeedsAnAmount() {
    for (PriceMode mode : new PriceMode[] {PriceMode.FIXED, PriceMode.NEGOTIABLE}) {
      assertRefused(() -> Price.of(mode, null, "EUR"), "priceAmount", "Enter a price");
    }
  }

  @Test
  void theAmountMustBeAboveZeroAndAtMostAMillion() {
    String message = "Enter a price above 0 and at most 1,000,000.";
    assertRefused(() -> fixed("0"), "priceAmount", message);
    assertRefused(() -> fixed("-5"), "priceAmount", message);
    assertRefused(() -> fixed("1000000.01"), "priceAmount", message);

    assertThat(fixed("0.01").getAmount()).isEqualByComparingTo("0.01");
    assertThat(fixed("1000000").getAmount()).isEqualByComparingTo("1000000");
  }

  @Test
  void theAmountHasAtMostTwoDecimalPlaces() {
    assertRefused(() -> fixed("9.999"), "priceAmount", "Use at most two decimal places.");

    assertThat(fixed("9.990").getAmount()).isEqualTo(new BigDecimal("9.99"));
    assertThat(fixed("120").getAmount()).isEqualTo(new BigDecimal("120.00"));
  }

  @Test
  void onlyKnownCurrenciesAreAccepted() {
    String message = "Choose one of the listed currencies.";
    BigDecimal amount = new BigDecimal("10");
    assertRefused(() -> Price.of(PriceMode.FIXED, amount, null), "priceCurrency", message);
    assertRefused(() -> Price.of(PriceMode.FIXED, amount, "XYZ"), "priceCurrency", message);
    assertRefused(() -> Price.of(PriceMode.FIXED, amount, "eur"), "priceCurrency", message);

    for (String currency : Price.CURRENCIES) {
      assertThat(Price.of(PriceMode.NEGOTIABLE, amount, currency).getCurrency())
          .isEqualTo(currency);
    }
  }

  @Test
  void freeAndNoPriceIgnoreAmountAndCurrency() {
    Price free = Price.of(PriceMode.FREE, new BigDecimal("-1"), "XYZ");
    Price none = Price.of(PriceMode.NONE, new BigDecimal("5"), "EUR");

    assertThat(free.getAmount()).isNull();
    assertThat(free.getCurrency()).isNull();
    assertThat(none.getAmount()).isNull();
    assertThat(none.getCurrency()).isNull();
    assertThat(none).isEqualTo(Price.none());
  }

  @Test
  void displaysEachKindOfPrice() {
    assertThat(fixed("120").display()).isEqualTo("€120.00");
    assertThat(Price.of(PriceMode.NEGOTIABLE, new BigDecimal("80"), "EUR").display())
        .isEqualTo("€80.00 or best offer");
    assertThat(Price.of(PriceMode.FREE, null, null).display()).isEqualTo("Free");
    assertThat(Price.none().display()).isEmpty();
  }

  @Test
  void displaysOtherCurrenciesWithTheirSymbolOrCode() {
    assertThat(Price.of(PriceMode.FIXED, new BigDecimal("1234.5"), "GBP").display())
        .isEqualTo("£1,234.50");
    assertThat(Price.of(PriceMode.FIXED, new BigDecimal("45"), "USD").display())
        .isEqualTo("$45.00");
    assertThat(Price.of(PriceMode.NEGOTIABLE, new BigDecimal("45"), "CHF").display())
        .startsWith("CHF")
        .endsWith("45.00 or best offer");
  }

  @Test
  void pricesAreEqualByValue() {
    assertThat(fixed("120")).isEqualTo(fixed("120.00")).hasSameHashCodeAs(fixed("120.00"));
    assertThat(fixed("120")).isNotEqualTo(fixed("121"));
    assertThat(fixed("120"))
        .isNotEqualTo(Price.of(PriceMode.NEGOTIABLE, new BigDecimal("120"), "EUR"));
    assertThat(fixed("120")).isNotEqualTo(Price.of(PriceMode.FIXED, new BigDecimal("120"), "CHF"));
    assertThat(Price.of(PriceMode.FREE, null, null))
        .isEqualTo(Price.of(PriceMode.FREE, BigDecimal.ONE, "EUR"));
  }

  @Test
  void eachListingTypeAllowsItsOwnKindsOfPrice() {
    assertThat(ListingType.FOR_SALE.priceModes())
        .containsExactlyInAnyOrder(PriceMode.FIXED, PriceMode.NEGOTIABLE);
    assertThat(ListingType.FREE.priceModes()).containsExactly(PriceMode.FREE);
    assertThat(ListingType.WANTED.priceModes()).containsExactly(PriceMode.NONE);
    assertThat(ListingType.FOR_RENT.priceModes())
        .containsExactlyInAnyOrder(PriceMode.FIXED, PriceMode.NEGOTIABLE);
    assertThat(ListingType.SERVICE.priceModes())
        .containsExactlyInAnyOrder(PriceMode.FIXED, PriceMode.NEGOTIABLE, PriceMode.FREE);
    assertThat(ListingType.JOB.priceModes())
        .containsExactlyInAnyOrder(PriceMode.NONE, PriceMode.FIXED, PriceMode.NEGOTIABLE);
    assertThat(ListingType.RIDE_SHARE.priceModes())
        .containsExactlyInAnyOrder(PriceMode.FREE, PriceMode.FIXED, PriceMode.NEGOTIABLE);
  }

  @Test
  void allowsAgreesWithTheListedPriceModes() {
    assertThat(ListingType.FOR_SALE.allows(PriceMode.FIXED)).isTrue();
    assertThat(ListingType.FOR_SALE.allows(PriceMode.FREE)).isFalse();
    assertThat(ListingType.WANTED.allows(PriceMode.FIXED)).isFalse();
    assertThat(ListingType.SERVICE.allows(PriceMode.FREE)).isTrue();
    for (ListingType type : ListingType.values()) {
      for (PriceMode mode : PriceMode.values()) {
        assertThat(type.allows(mode)).isEqualTo(type.priceModes().contains(mode));
      }
    }
  }

  @Test
  void onlyThingsForSaleOrGivenAwayHaveACondition() {
    for (ListingType type : ListingType.values()) {
      assertThat(type.hasCondition())
          .as(type.name())
          .isEqualTo(type == ListingType.FOR_SALE || type == ListingType.FREE);
    }
  }

  private static void describe(Listing listing, ListingType type, Price price) {
    listing.describe(
        type,
        " Red city bike ",
        " 28 inch. ",
        new Category("Bikes", "bikes", null, 0),
        price,
        Condition.LIKE_NEW,
        Location.of(null, "Berlin", null),
        Map.of("frame", "56"),
        NOW);
  }

  private static Listing draft() {
    return new Listing(new Account("alice", "alice@test.example", "Alice", "hash", NOW), NOW);
  }

  @Test
  void aListingRefusesAPriceItsTypeDoesNotAllow() {
    Listing listing = draft();

    assertRefused(
        () -> describe(listing, ListingType.FOR_SALE, Price.of(PriceMode.FREE, null, null)),
        "priceMode",
        "A “For sale” listing cannot have this kind of price.");
    assertRefused(
        () -> describe(listing, ListingType.WANTED, fixed("10")),
        "priceMode",
        "A “Wanted” listing");
    assertThat(listing.getType()).isNull();
    assertThat(listing.getPrice()).isNull();
  }

  @Test
  void aListingKeepsTheConditionOnlyForTypesThatHaveOne() {
    Listing forSale = draft();
    Listing service = draft();

    describe(forSale, ListingType.FOR_SALE, fixed("10"));
    describe(service, ListingType.SERVICE, fixed("10"));

    assertThat(forSale.getCondition()).isEqualTo(Condition.LIKE_NEW);
    assertThat(service.getCondition()).isNull();
  }

  @Test
  void describingAListingTrimsTheTextAndKeepsPriceAndDetails() {
    Listing listing = draft();

    describe(listing, ListingType.FOR_SALE, fixed("10"));

    assertThat(listing.getTitle()).isEqualTo("Red city bike");
    assertThat(listing.getDescription()).isEqualTo("28 inch.");
    assertThat(listing.getPrice()).isEqualTo(fixed("10"));
    assertThat(listing.getDetails()).containsExactly(Map.entry("frame", "56"));
    assertThat(listing.getFingerprint()).hasSize(64);
  }

  @Test
  void aLowerAmountOrBecomingFreeIsADrop() {
    assertThat(fixed("90").isDropFrom(fixed("120"))).isTrue();
    assertThat(
            Price.of(PriceMode.NEGOTIABLE, new BigDecimal("119.99"), "EUR")
                .isDropFrom(fixed("120")))
        .isTrue();
    assertThat(Price.of(PriceMode.FREE, null, null).isDropFrom(fixed("120"))).isTrue();
  }

  @Test
  void aRaiseTheSamePriceOrAnIncomparableOneIsNoDrop() {
    assertThat(fixed("150").isDropFrom(fixed("120"))).isFalse();
    assertThat(fixed("120").isDropFrom(fixed("120.00"))).isFalse();
    assertThat(Price.of(PriceMode.FIXED, new BigDecimal("90"), "CHF").isDropFrom(fixed("120")))
        .as("another currency")
        .isFalse();
    assertThat(Price.none().isDropFrom(fixed("120"))).as("no price any more").isFalse();
    assertThat(fixed("10").isDropFrom(Price.of(PriceMode.FREE, null, null)))
        .as("was free")
        .isFalse();
    assertThat(
            Price.of(PriceMode.FREE, null, null).isDropFrom(Price.of(PriceMode.FREE, null, null)))
        .isFalse();
  }

  @Test
  void aBriefPriceLeavesOutZeroCents() {
    assertThat(fixed("120").brief()).isEqualTo("€120");
    assertThat(fixed("1200").brief()).isEqualTo("€1,200");
    assertThat(fixed("89.5").brief()).isEqualTo("€89.50");
    assertThat(Price.of(PriceMode.FIXED, new BigDecimal("45"), "CHF").brief()).isEqualTo("CHF 45");
    assertThat(Price.of(PriceMode.FREE, null, null).brief()).isEqualTo("free");
  }
}
