package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.corkboard.gazetteer.control.Gazetteer;
import org.junit.jupiter.api.Test;

class NearPlacesTest {

  private static final NamedPlace CAMPUS =
      new NamedPlace("Research Campus", new GeoPoint(48.137, 11.575));
  private static final NamedPlace HAMBURG_PLANT =
      new NamedPlace("Hamburg Plant", new GeoPoint(53.55, 9.99));

  private final NearPlaces places = new NearPlaces(List.of(CAMPUS, HAMBURG_PLANT), new Gazetteer());

  @Test
  void findsASiteByItsNameInAnyCase() {
    assertThat(places.find("research campus")).contains(CAMPUS);
    assertThat(places.find("  RESEARCH CAMPUS ")).contains(CAMPUS);
  }

  @Test
  void findsATownByItsNameOrLabel() {
    NamedPlace munich = places.find("münchen").orElseThrow();

    assertThat(munich.label()).isEqualTo("Munich, DE");
    assertThat(munich.point().latitude()).isCloseTo(48.14, within(0.05));
    assertThat(places.find("Munich, DE")).contains(munich);
  }

  @Test
  void findsNothingForAnUnknownOrEmptyName() {
    assertThat(places.find("Xyzzyville")).isEmpty();
    assertThat(places.find("Research")).isEmpty();
    assertThat(places.find("  ")).isEmpty();
    assertThat(places.find(null)).isEmpty();
  }

  @Test
  void completesSiteNamesBeforeTownLabels() {
    assertThat(places.complete("ham", 3))
        .hasSize(3)
        .startsWith("Hamburg Plant", "Hamburg, DE")
        .allMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("ham"));
    assertThat(places.complete("Res", 5)).startsWith("Research Campus");
  }

  @Test
  void completesAtMostTheLimitAndNothingForNothing() {
    assertThat(places.complete("ham", 1)).containsExactly("Hamburg Plant");
    assertThat(places.complete("ham", 0)).isEmpty();
    assertThat(places.complete("b", 1_000)).hasSize(Gazetteer.MAX_SUGGESTIONS);
    assertThat(places.complete(" ", 5)).isEmpty();
    assertThat(places.complete(null, 5)).isEmpty();
  }
}
