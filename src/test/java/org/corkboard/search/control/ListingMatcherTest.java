package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.search.control.TestListings.CITY_BICYCLE;
import static org.corkboard.search.control.TestListings.FLAT;
import static org.corkboard.search.control.TestListings.KIDS_BIKE;
import static org.corkboard.search.control.TestListings.LAPTOP;
import static org.corkboard.search.control.TestListings.MOUNTAIN_BIKE;
import static org.corkboard.search.control.TestListings.NOW;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A saved search matches a new listing exactly when the search page would find it. */
class ListingMatcherTest {

  private static boolean matches(IndexedListing listing, String query) {
    return ListingMatcher.of(listing).matches(request(query));
  }

  private static SearchRequest request(String query) {
    return SearchRequest.parse(SavedQuery.parameters(query), NOW, ListingMatcherTest::hamburg);
  }

  private static Optional<GeoPoint> hamburg(String typed) {
    return typed.equals("Hamburg") ? Optional.of(TestListings.HAMBURG) : Optional.empty();
  }

  @Test
  void everyWordMustBeFoundInTitleOrTextInEitherLanguage() {
    assertThat(matches(CITY_BICYCLE, "q=red+bicycles")).isTrue();
    assertThat(matches(KIDS_BIKE, "q=fahrräder")).isTrue();
    assertThat(matches(CITY_BICYCLE, "q=red+sofa")).isFalse();
    assertThat(matches(CITY_BICYCLE, "q=bikes")).as("found by its category's name").isTrue();
  }

  @Test
  void aTypoDoesNotMatch() {
    assertThat(matches(CITY_BICYCLE, "q=bicycle")).isTrue();
    assertThat(matches(CITY_BICYCLE, "q=bicyclx")).isFalse();
  }

  @Test
  void aPhraseMatchesOnlyInItsOrder() {
    assertThat(matches(CITY_BICYCLE, "q=%22city+bicycle%22")).isTrue();
    assertThat(matches(CITY_BICYCLE, "q=%22bicycle+city%22")).isFalse();
  }

  @Test
  void anExcludedWordKeepsTheListingOut() {
    assertThat(matches(MOUNTAIN_BIKE, "q=bike")).isTrue();
    assertThat(matches(MOUNTAIN_BIKE, "q=bike+-helmet")).isFalse();
    assertThat(matches(CITY_BICYCLE, "q=bike+-helmet")).isTrue();
  }

  @Test
  void aCategoryMatchesItsWholeSubtree() {
    assertThat(matches(MOUNTAIN_BIKE, "category=2")).as("below Bikes").isTrue();
    assertThat(matches(MOUNTAIN_BIKE, "category=1")).as("below For sale").isTrue();
    assertThat(matches(CITY_BICYCLE, "category=3")).as("not a mountain bike").isFalse();
    assertThat(matches(FLAT, "category=1")).isFalse();
  }

  @Test
  void priceLimitsAreInclusiveAndLeaveOutListingsWithoutPrice() {
    assertThat(matches(CITY_BICYCLE, "min=120&max=120")).isTrue();
    assertThat(matches(CITY_BICYCLE, "max=119.99")).isFalse();
    assertThat(matches(CITY_BICYCLE, "min=120.01")).isFalse();
    assertThat(matches(LAPTOP, "max=1000")).as("no price").isFalse();
  }

  @Test
  void aRadiusKeepsOnlyListingsWithinIt() {
    assertThat(matches(CITY_BICYCLE, "near=Hamburg&radius=10")).isTrue();
    assertThat(matches(KIDS_BIKE, "near=Hamburg&radius=200")).as("Berlin, 255 km").isFalse();
    assertThat(matches(KIDS_BIKE, "near=Hamburg")).as("no radius: distance only").isTrue();
  }

  @Test
  void otherFiltersAndTheirCombination() {
    assertThat(matches(CITY_BICYCLE, "q=bicycle&type=FOR_SALE&site=10&condition=GOOD&pictures=on"))
        .isTrue();
    assertThat(matches(KIDS_BIKE, "pictures=on")).isFalse();
    assertThat(matches(KIDS_BIKE, "site=10")).isFalse();
    assertThat(matches(LAPTOP, "type=FOR_SALE")).isFalse();
  }

  @Test
  void postedWithinSortAndPageAreIgnored() {
    assertThat(LAPTOP.publishedAt()).isBefore(NOW.minusSeconds(30 * 86_400));
    assertThat(matches(LAPTOP, "q=laptop&posted=1&sort=price-high&page=7")).isTrue();
  }

  @Test
  void oneMatcherAnswersManySearches() {
    ListingMatcher matcher = ListingMatcher.of(MOUNTAIN_BIKE);
    assertThat(matcher.matches(request("q=cube"))).isTrue();
    assertThat(matcher.matches(request("q=sofa"))).isFalse();
    assertThat(matcher.matches(request(""))).as("no criteria: everything").isTrue();
    assertThat(matcher.matches(request("q=cube&max=100"))).isFalse();
  }

  @Test
  void theCanonicalQueryKeepsWhatIsSearchedForInAFixedOrder() {
    String canonical =
        SavedQuery.canonical(
            "?page=3&max=99.90&q=+red++bike+&sort=newest&zzz=1&category=2&near=Hamburg&q=again"
                + "&size=50&min=&posted=7");
    assertThat(canonical).isEqualTo("q=red++bike&category=2&near=Hamburg&max=99.90&posted=7");
    assertThat(SavedQuery.canonical(canonical)).as("stable").isEqualTo(canonical);
    assertThat(SavedQuery.parameters(canonical))
        .containsExactly(
            Map.entry("q", "red  bike"),
            Map.entry("category", "2"),
            Map.entry("near", "Hamburg"),
            Map.entry("max", "99.90"),
            Map.entry("posted", "7"));
  }

  @Test
  void theCanonicalQueryRoundTripsEveryParameterAndAnyText() {
    Map<String, String> all =
        Map.ofEntries(
            Map.entry("q", "\"Fahrrad für Kinder\" -rost & co=1 50%"),
            Map.entry("category", "2"),
            Map.entry("type", "FOR_SALE"),
            Map.entry("site", "10"),
            Map.entry("near", "Frankfurt, DE"),
            Map.entry("radius", "25"),
            Map.entry("min", "25"),
            Map.entry("max", "99,90"),
            Map.entry("condition", "GOOD"),
            Map.entry("pictures", "on"),
            Map.entry("posted", "7"));
    String canonical = SavedQuery.canonical(all);
    assertThat(SavedQuery.parameters(canonical)).isEqualTo(all);
    assertThat(SearchRequest.parse(SavedQuery.parameters(canonical), NOW, t -> Optional.empty()))
        .isEqualTo(SearchRequest.parse(all, NOW, t -> Optional.empty()));
  }

  @Test
  void aBrokenQueryStringGivesWhatCanBeRead() {
    assertThat(SavedQuery.canonical("q=bike&max=%zz&=x&min")).isEqualTo("q=bike");
    assertThat(SavedQuery.canonical((String) null)).isEmpty();
  }
}
