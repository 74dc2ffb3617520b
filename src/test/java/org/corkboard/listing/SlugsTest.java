package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.Slugs;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void accentsAreRemoved() {
    assertThat(Slugs.of("Rotes Fahrräd")).isEqualTo("rotes-fahrrad");
    assertThat(Slugs.of("Crème brûlée Förmchen")).isEqualTo("creme-brulee-formchen");
  }

  @Test
  void punctuationAndSpacesBecomeOneDash() {
    assertThat(Slugs.of("Rotes Fahrrad, 28 Zoll")).isEqualTo("rotes-fahrrad-28-zoll");
    assertThat(Slugs.of("  --Sofa!!  (grey) -- ")).isEqualTo("sofa-grey");
  }

  @Test
  void aSlugHasAtMostSixtyCharactersAndNoTrailingDash() {
    String slug = Slugs.of("a".repeat(59) + " bcd");

    assertThat(slug).isEqualTo("a".repeat(59));
    assertThat(Slugs.of("x".repeat(100))).hasSize(60);
    for (int words = 1; words < 30; words++) {
      assertThat(Slugs.of("word ".repeat(words) + "z".repeat(words)))
          .hasSizeLessThanOrEqualTo(60)
          .doesNotEndWith("-")
          .doesNotStartWith("-");
    }
  }

  @Test
  void anEmptyTitleGivesAGenericSlug() {
    assertThat(Slugs.of(null)).isEqualTo("listing");
    assertThat(Slugs.of("")).isEqualTo("listing");
    assertThat(Slugs.of("!!! ???")).isEqualTo("listing");
  }

  @Test
  void sharpSIsSpelledOut() {
    assertThat(Slugs.of("Große Tasche")).isEqualTo("grosse-tasche");
  }

  private static ListingCard card(String site, String city) {
    return new ListingCard(
        7L,
        "Red city bike",
        ListingType.FREE,
        Price.none(),
        site,
        city,
        null,
        Instant.parse("2026-05-04T10:00:00Z"),
        ListingStatus.ACTIVE,
        "bikes");
  }

  @Test
  void aCardShowsTheSiteRatherThanTheCity() {
    assertThat(card("Headquarters", "Berlin").where()).isEqualTo("Headquarters");
    assertThat(card(null, "Berlin").where()).isEqualTo("Berlin");
    assertThat(card(null, null).where()).isNull();
  }

  @Test
  void aCardHasTheSlugOfItsTitle() {
    assertThat(card(null, "Berlin").slug()).isEqualTo("red-city-bike");
  }
}
