package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.corkboard.search.control.TestListings.NOW;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  private static SearchRequest parse(Map<String, String> parameters) {
    return SearchRequest.parse(parameters, NOW, SearchParametersTest::hamburgOnly);
  }

  private static Optional<GeoPoint> hamburgOnly(String typed) {
    return typed.equals("Hamburg") ? Optional.of(new GeoPoint(53.55, 9.99)) : Optional.empty();
  }

  @Test
  void readsEveryFilter() {
    SearchRequest request =
        parse(
            Map.ofEntries(
                Map.entry("q", "bike"),
                Map.entry("category", "2"),
                Map.entry("type", "FOR_SALE"),
                Map.entry("site", "10"),
                Map.entry("min", "25"),
                Map.entry("max", "99.90"),
                Map.entry("condition", "GOOD"),
                Map.entry("pictures", "on"),
                Map.entry("posted", "7"),
                Map.entry("near", "Hamburg"),
                Map.entry("radius", "25"),
                Map.entry("sort", "price-low"),
                Map.entry("page", "3"),
                Map.entry("size", "10")));

    assertThat(request.filters())
        .isEqualTo(
            new ListingFilters(
                2L,
                "FOR_SALE",
                10L,
                2_500L,
                9_990L,
                "GOOD",
                true,
                7,
                new GeoPoint(53.55, 9.99),
                25));
    assertThat(request.text().words()).containsExactly("bike");
    assertThat(request.sort()).isEqualTo(SearchSort.PRICE_LOW);
    assertThat(request.page()).isEqualTo(3);
    assertThat(request.size()).isEqualTo(10);
    assertThat(request.notes()).isEmpty();
  }

  @Test
  void theRadiusIsBroughtIntoRangeWithANote() {
    SearchRequest wide = parse(Map.of("near", "Hamburg", "radius", "500"));
    SearchRequest narrow = parse(Map.of("near", "Hamburg", "radius", "0"));

    assertThat(wide.filters().radiusKm()).isEqualTo(200);
    assertThat(wide.notes())
        .containsExactly("The radius must be between 1 and 200 km; showing 200 km.");
    assertThat(narrow.filters().radiusKm()).isEqualTo(1);
    assertThat(narrow.notes())
        .containsExactly("The radius must be between 1 and 200 km; showing 1 km.");
  }

  @Test
  void valuesThatCannotBeUsedAreLeftOutWithANote() {
    SearchRequest request =
        parse(
            Map.of(
                "category", "bikes",
                "type", "<script>",
                "min", "cheap",
                "posted", "9999",
                "near", "Atlantis",
                "sort", "random",
                "page", "-1"));

    assertThat(request.filters()).isEqualTo(ListingFilters.NONE);
    assertThat(request.sort()).isNull();
    assertThat(request.page()).isEqualTo(1);
    assertThat(request.notes()).hasSize(7);
  }

  @Test
  void swappedPricesAreSwappedBack() {
    SearchRequest request = parse(Map.of("min", "100", "max", "10"));

    assertThat(request.filters().minPriceCents()).isEqualTo(1_000L);
    assertThat(request.filters().maxPriceCents()).isEqualTo(10_000L);
    assertThat(request.notes()).hasSize(1);
  }

  @Test
  void distanceSortNeedsAPlace() {
    SearchRequest request = parse(Map.of("sort", "distance"));

    assertThat(request.sort()).isNull();
    assertThat(request.notes())
        .containsExactly("Sorting by distance needs a place; the default order is used.");
  }

  @Test
  void anyValuesAreReadWithoutError() {
    List<String> values =
        List.of(
            "",
            " ",
            "-",
            "1e9",
            "NaN",
            "Infinity",
            "99999999999999999999",
            "\u0000",
            "€",
            "1,5,5",
            "x".repeat(10_000));
    for (String value : values) {
      Map<String, String> parameters = new HashMap<>();
      for (String name :
          List.of(
              "q",
              "category",
              "type",
              "site",
              "min",
              "max",
              "condition",
              "pictures",
              "posted",
              "near",
              "radius",
              "sort",
              "page",
              "size")) {
        parameters.put(name, value);
      }
      assertThatCode(() -> parse(parameters)).as(value).doesNotThrowAnyException();
    }
  }
}
