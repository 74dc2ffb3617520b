package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corkboard.search.control.SearchParameters.CATEGORY;
import static org.corkboard.search.control.SearchParameters.CONDITION;
import static org.corkboard.search.control.SearchParameters.MAX_PRICE;
import static org.corkboard.search.control.SearchParameters.MIN_PRICE;
import static org.corkboard.search.control.SearchParameters.NEAR;
import static org.corkboard.search.control.SearchParameters.PAGE;
import static org.corkboard.search.control.SearchParameters.PICTURES;
import static org.corkboard.search.control.SearchParameters.POSTED_WITHIN;
import static org.corkboard.search.control.SearchParameters.RADIUS;
import static org.corkboard.search.control.SearchParameters.SITE;
import static org.corkboard.search.control.SearchParameters.SIZE;
import static org.corkboard.search.control.SearchParameters.SORT;
import static org.corkboard.search.control.SearchParameters.TEXT;
import static org.corkboard.search.control.SearchParameters.TYPE;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FiltersAndSortsTest extends SearchesOverTestListings {

  @Test
  void aCategoryIncludesTheCategoriesBelowIt() {
    assertThat(index.ids(Map.of(CATEGORY, "2"))).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(index.ids(Map.of(CATEGORY, "3"))).containsExactly(3L);
    assertThat(index.ids(Map.of(CATEGORY, "1"))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void filtersByTypeSiteConditionAndPictures() {
    assertThat(index.ids(Map.of(TYPE, "FREE"))).containsExactly(5L);
    assertThat(index.ids(Map.of(SITE, "20"))).containsExactlyInAnyOrder(2L, 4L, 6L);
    assertThat(index.ids(Map.of(CONDITION, "GOOD"))).containsExactlyInAnyOrder(1L, 3L);
    assertThat(index.ids(Map.of(PICTURES, "true"))).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void filtersCombineWithWords() {
    // The city bicycle is a "bike" by its category only, so it ranks below the mountain bike.
    assertThat(index.ids(Map.of(TEXT, "bike", SITE, "10"))).containsExactly(3L, 1L);
  }

  @Test
  void aPriceRangeLeavesOutListingsWithoutPrice() {
    assertThat(index.ids(Map.of(MIN_PRICE, "50", MAX_PRICE, "1000")))
        .containsExactlyInAnyOrder(1L, 3L);
    assertThat(index.ids(Map.of(MAX_PRICE, "40"))).containsExactlyInAnyOrder(2L, 5L);
    assertThat(index.ids(Map.of(MIN_PRICE, "850,00"))).containsExactlyInAnyOrder(3L, 6L);
  }

  @Test
  void postedWithinCountsBackFromNow() {
    assertThat(index.ids(Map.of(POSTED_WITHIN, "1"))).containsExactly(3L);
    assertThat(index.ids(Map.of(POSTED_WITHIN, "7"))).containsExactlyInAnyOrder(1L, 3L, 5L);
  }

  @Test
  void hitsCarryTheirDistanceFromThePlace() {
    SearchResults results = index.search(Map.of(TEXT, "Fahrrad", NEAR, "Hamburg"));

    assertThat(results.hits().get(0).distanceKm()).isCloseTo(255, within(3.0));
  }

  @Test
  void aRadiusKeepsOnlyListingsThatNear() {
    Map<String, String> nearHamburg = Map.of(NEAR, "Hamburg", RADIUS, "50");
    assertThat(index.ids(nearHamburg)).containsExactlyInAnyOrder(1L, 3L, 5L);

    SearchResults wide = index.search(Map.of(NEAR, "Hamburg", RADIUS, "300"));
    assertThat(wide.hits()).extracting(SearchResults.Hit::id).containsExactlyInAnyOrder(1L, 3L, 5L);
    assertThat(wide.notes())
        .containsExactly("The radius must be between 1 and 200 km; showing 200 km.");
  }

  @Test
  void sortsByPriceWithListingsWithoutPriceLast() {
    assertThat(index.ids(Map.of(SORT, "price-low"))).containsExactly(5L, 2L, 1L, 3L, 6L, 4L);
    assertThat(index.ids(Map.of(SORT, "price-high"))).containsExactly(6L, 3L, 1L, 2L, 5L, 4L);
  }

  @Test
  void sortsByDistanceWithListingsWithoutPlaceLast() {
    Map<String, String> fromBerlin = Map.of(SORT, "distance", NEAR, "Berlin");

    SearchResults results = index.search(fromBerlin);

    assertThat(results.sort()).isEqualTo(SearchSort.DISTANCE);
    // Equal distances: the newest first.
    assertThat(results.hits())
        .extracting(SearchResults.Hit::id)
        .containsExactly(2L, 6L, 3L, 1L, 5L, 4L);
    assertThat(results.hits().get(0).distanceKm()).isCloseTo(0, within(1.0));
    assertThat(results.hits().get(5).distanceKm()).isNull();
  }

  @Test
  void sortsByNewestEvenWithWords() {
    assertThat(index.ids(Map.of(TEXT, "bicycle", SORT, "newest"))).containsExactly(3L, 1L);
  }

  @Test
  void pagesSplitTheResult() {
    SearchResults second = index.search(Map.of(SIZE, "2", PAGE, "2"));

    assertThat(second.hits()).extracting(SearchResults.Hit::id).containsExactly(5L, 2L);
    assertThat(second.total()).isEqualTo(6);
    assertThat(second.pages()).isEqualTo(3);
  }

  @Test
  void aPageBeyondTheHundredthShowsTheHundredth() {
    SearchResults far = index.search(Map.of(PAGE, "5000"));

    assertThat(far.page()).isEqualTo(SearchRequest.MAX_PAGE);
    assertThat(far.hits()).isEmpty();
    assertThat(far.total()).isEqualTo(6);
    assertThat(far.notes()).containsExactly("Only the first 100 pages can be shown.");
  }
}
