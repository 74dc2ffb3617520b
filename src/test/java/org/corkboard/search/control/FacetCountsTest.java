package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.corkboard.search.control.SearchResults.FacetCount;
import org.junit.jupiter.api.Test;

class FacetCountsTest extends SearchesOverTestListings {

  private static FacetCount count(String value, long count) {
    return new FacetCount(value, count);
  }

  @Test
  void aParentCategoryCountsTheListingsOfItsChildren() {
    SearchResults all = index.search(Map.of());

    assertThat(all.facet("category"))
        .containsExactlyInAnyOrder(
            count("1", 5), count("2", 3), count("3", 1), count("4", 1), count("5", 1));
    assertThat(all.facet("category").get(0)).isEqualTo(count("1", 5));
  }

  @Test
  void countsTypesSitesAndConditions() {
    SearchResults all = index.search(Map.of());

    assertThat(all.facet("type"))
        .containsExactlyInAnyOrder(
            count("FOR_SALE", 3), count("WANTED", 1), count("FREE", 1), count("FOR_RENT", 1));
    assertThat(all.facet("site")).containsExactlyInAnyOrder(count("10", 3), count("20", 3));
    assertThat(all.facet("condition"))
        .containsExactlyInAnyOrder(count("GOOD", 2), count("LIKE_NEW", 1), count("FAIR", 1));
  }

  @Test
  void countsPriceBandsAndPostedWithin() {
    SearchResults all = index.search(Map.of());

    assertThat(all.facet("price"))
        .containsExactly(
            count("free", 1),
            count("25-100", 1),
            count("100-500", 1),
            count("500-2000", 1),
            count("over-2000", 1));
    assertThat(all.facet("posted")).containsExactly(count("1", 1), count("7", 3), count("30", 5));
  }

  @Test
  void countsFollowTheWords() {
    SearchResults bikes = index.search("bike");

    assertThat(bikes.facet("category"))
        .containsExactlyInAnyOrder(count("1", 3), count("2", 3), count("3", 1));
    assertThat(bikes.facet("type")).containsExactly(count("FOR_SALE", 3));
  }

  @Test
  void aFacetIgnoresItsOwnFilterButNotTheOthers() {
    SearchResults free = index.search(Map.of(SearchParameters.TYPE, "FREE"));

    assertThat(free.total()).isEqualTo(1);
    assertThat(free.facet("type"))
        .containsExactlyInAnyOrder(
            count("FOR_SALE", 3), count("WANTED", 1), count("FREE", 1), count("FOR_RENT", 1));
    assertThat(free.facet("category")).containsExactly(count("1", 1));
    assertThat(free.facet("site")).containsExactly(count("10", 1));
  }

  @Test
  void priceBandsIgnoreThePriceFilter() {
    SearchResults cheap = index.search(Map.of(SearchParameters.MAX_PRICE, "100"));

    assertThat(cheap.total()).isEqualTo(2);
    assertThat(cheap.facet("price")).hasSize(5);
    assertThat(cheap.facet("type")).containsExactly(count("FOR_SALE", 1), count("FREE", 1));
  }
}
