package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corkboard.listing.entity.Location;
import org.corkboard.platform.Refused;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;
import org.junit.jupiter.api.Test;

class LocationTest {

  private final Site headquarters = new Site("Headquarters", "Berlin", "10115");

  private static void assertRefused(
      Site site, String city, String postalCode, String field, String message) {
    assertThatThrownBy(() -> Location.of(site, city, postalCode))
        .isInstanceOf(Refused.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo(field));
  }

  @Test
  void aLocationNeedsASiteOrACity() {
    assertRefused(null, null, null, "city", "Choose a site, or enter a city.");
  }

  @Test
  void blankTextCountsAsNothing() {
    assertRefused(null, "  ", "\t", "city", "Choose a site, or enter a city.");

    Location location = Location.of(headquarters, " ", "");

    assertThat(location.getCity()).isNull();
    assertThat(location.getPostalCode()).isNull();
  }

  @Test
  void cityAndPostalCodeAreTrimmed() {
    Location location = Location.of(null, " Berlin ", " 10115 ");

    assertThat(location.getCity()).isEqualTo("Berlin");
    assertThat(location.getPostalCode()).isEqualTo("10115");
  }

  @Test
  void aPostalCodeNeedsItsCity() {
    assertRefused(headquarters, null, "10115", "city", "Enter the city of this postal code.");
    assertRefused(headquarters, " ", "10115", "city", "Enter the city of this postal code.");
  }

  @Test
  void aPostalCodeIsTwoToTenLettersOrDigits() {
    String message = "Enter a postal code of 2 to 10 letters or digits.";
    assertRefused(null, "Berlin", "1", "postalCode", message);
    assertRefused(null, "Berlin", "12345678901", "postalCode", message);
    assertRefused(null, "Berlin", "10115!", "postalCode", message);
    assertRefused(null, "Berlin", "<b>1</b>", "postalCode", message);

    assertThat(Location.of(null, "London", "SW1A 1AA").getPostalCode()).isEqualTo("SW1A 1AA");
    assertThat(Location.of(null, "Berlin", "D-10115").getPostalCode()).isEqualTo("D-10115");
    assertThat(Location.of(null, "Vaduz", "94").getPostalCode()).isEqualTo("94");
  }

  @Test
  void aCityHasAtMostEightyCharacters() {
    assertRefused(null, "x".repeat(81), null, "city", "Use at most 80 characters.");

    assertThat(Location.of(null, "x".repeat(80), null).getCity()).hasSize(80);
  }

  @Test
  void displaysASiteOnly() {
    assertThat(Location.of(headquarters, null, null).display()).isEqualTo("Headquarters");
  }

  @Test
  void displaysACityWithOrWithoutItsPostalCode() {
    assertThat(Location.of(null, "Berlin", "10115").display()).isEqualTo("10115 Berlin");
    assertThat(Location.of(null, "Berlin", null).display()).isEqualTo("Berlin");
  }

  @Test
  void displaysASiteAndACity() {
    assertThat(Location.of(headquarters, "Berlin", "10115").display())
        .isEqualTo("Headquarters · 10115 Berlin");
    assertThat(Location.of(headquarters, "Potsdam", null).display())
        .isEqualTo("Headquarters · Potsdam");
  }

  @Test
  void locationsWithoutASiteAreEqualByCityAndPostalCode() {
    assertThat(Location.of(null, "Berlin", "10115"))
        .isEqualTo(Location.of(null, " Berlin", "10115 "))
        .hasSameHashCodeAs(Location.of(null, "Berlin", "10115"));
    assertThat(Location.of(null, "Berlin", "10115"))
        .isNotEqualTo(Location.of(null, "Berlin", "10117"));
  }

  @Test
  void onlyATownWithoutCoordinatesIsOffTheMap() {
    Coordinates berlin = Coordinates.of(52.52, 13.41);

    assertThat(Location.of(null, "Xyzzyville", null).isTownOffTheMap()).isTrue();
    assertThat(Location.of(null, "Berlin", null).at(berlin).isTownOffTheMap()).isFalse();
    assertThat(Location.of(headquarters, null, null).isTownOffTheMap()).isFalse();
    assertThat(Location.of(headquarters, null, null).isOnMap()).isFalse();
  }

  @Test
  void aPlacedLocationIsTheSamePlaceOnTheMap() {
    Location placed = Location.of(headquarters, "Berlin", "10115").at(Coordinates.of(52.52, 13.41));

    assertThat(placed.getCoordinates()).isEqualTo(Coordinates.of(52.52, 13.41));
    assertThat(placed.display()).isEqualTo("Headquarters · 10115 Berlin");
    assertThat(placed).isNotEqualTo(Location.of(headquarters, "Berlin", "10115"));
  }

  @Test
  void coordinatesAreOnEarth() {
    assertThatThrownBy(() -> Coordinates.of(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coordinates.of(0, -181)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coordinates.of(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
