package org.corkboard.gazetteer.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

  @Test
  void hamburgToBerlinIsAbout255Km() {
    Gazetteer gazetteer = new Gazetteer();
    Place hamburg = gazetteer.find("Hamburg").orElseThrow();
    Place berlin = gazetteer.find("Berlin").orElseThrow();

    assertThat(hamburg.kmTo(berlin)).isCloseTo(255, within(5.0));
  }

  @Test
  void aPointIsNoDistanceFromItself() {
    assertThat(GeoDistance.km(48.137, 11.575, 48.137, 11.575)).isZero();
  }

  @Test
  void distanceIsTheSameBothWays() {
    double there = GeoDistance.km(51.5074, -0.1278, 40.7128, -74.006);

    assertThat(there).isCloseTo(5_570, within(15.0));
    assertThat(GeoDistance.km(40.7128, -74.006, 51.5074, -0.1278)).isEqualTo(there);
  }

  @Test
  void oppositeSidesOfTheEarthAreHalfItsCircumferenceApart() {
    assertThat(GeoDistance.km(0, 0, 0, 180)).isCloseTo(Math.PI * 6371.0088, within(0.001));
    assertThat(GeoDistance.km(90, 0, -90, 0)).isCloseTo(Math.PI * 6371.0088, within(0.001));
  }

  @Test
  void crossingTheDateLineTakesTheShortWay() {
    assertThat(GeoDistance.km(0, 179.5, 0, -179.5)).isCloseTo(111.2, within(0.5));
  }
}
