package org.corkboard.gazetteer.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = new Gazetteer();

  @Test
  void findsHamburgAndBerlinWhereTheyAre() {
    Place hamburg = gazetteer.find("Hamburg").orElseThrow();
    Place berlin = gazetteer.find("berlin").orElseThrow();

    assertThat(hamburg.label()).isEqualTo("Hamburg, DE");
    assertThat(hamburg.latitude()).isCloseTo(53.55, within(0.05));
    assertThat(hamburg.longitude()).isCloseTo(10.0, within(0.05));
    assertThat(berlin.label()).isEqualTo("Berlin, DE");
    assertThat(berlin.population()).isGreaterThan(3_000_000);
  }

  @Test
  void findsMunichByItsGermanNameWithOrWithoutAccentsInAnyCase() {
    Place munich = gazetteer.find("Munich").orElseThrow();

    assertThat(munich.countryCode()).isEqualTo("DE");
    for (String name : List.of("München", "münchen", "Munchen", "MÜNCHEN", "Muenchen", "MUNICH")) {
      assertThat(gazetteer.find(name)).as(name).contains(munich);
    }
  }

  @Test
  void ignoresHyphensAndSpacesAroundTheName() {
    Place etienne = gazetteer.find("Saint-Étienne").orElseThrow();

    assertThat(gazetteer.find("  saint  etienne ")).contains(etienne);
  }

  @Test
  void picksTheMostPopulousOfTownsSharingAName() {
    assertThat(gazetteer.find("Frankfurt")).map(Place::name).contains("Frankfurt am Main");
    assertThat(gazetteer.find("Springfield")).map(Place::admin1).contains("MO");
  }

  @Test
  void aTownsOwnNameWinsOverABiggerTownsOtherName() {
    // GeoNames lists "Agawam" among the other names of Springfield, Massachusetts.
    assertThat(gazetteer.find("Agawam")).map(Place::name).contains("Agawam");
  }

  @Test
  void tellsTownsOfTheSameNameApartByRegionOrCountry() {
    assertThat(gazetteer.find("Springfield, IL")).map(Place::admin1).contains("IL");
    assertThat(gazetteer.find("springfield,ma")).map(Place::admin1).contains("MA");
    assertThat(gazetteer.find("Frankfurt (Oder)")).map(Place::admin1).contains("11");
    assertThat(gazetteer.find("Frankfurt, 11")).map(Place::name).contains("Frankfurt (Oder)");
    assertThat(gazetteer.find("Hamburg, DE")).map(Place::label).contains("Hamburg, DE");
    assertThat(gazetteer.find("Hamburg, FR")).isEmpty();
  }

  @Test
  void completesAPrefixMostPopulousFirst() {
    List<Place> towns = gazetteer.complete("Ham", 10);

    assertThat(towns).hasSize(10).doesNotHaveDuplicates();
    assertThat(towns).first().extracting(Place::label).isEqualTo("Hamburg, DE");
    assertThat(towns)
        .extracting(Place::name)
        .allMatch(name -> PlaceNames.fold(name).startsWith("ham"))
        .contains("Ḩamāh");
    assertThat(towns)
        .extracting(Place::population)
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void completesOwnNamesBeforeOtherNames() {
    // Hong Kong is bigger than Hamburg and among its other names is "Hamga Kamga".
    assertThat(gazetteer.complete("Ham", 50)).extracting(Place::name).contains("Hong Kong");
    assertThat(gazetteer.complete("Ham", 1)).extracting(Place::name).containsExactly("Hamburg");
  }

  @Test
  void completesByOtherNamesAndWithoutAccentsToo() {
    assertThat(gazetteer.complete("münch", 5)).extracting(Place::name).contains("Munich");
    assertThat(gazetteer.complete("Zuri", 5)).extracting(Place::label).contains("Zürich, CH");
  }

  @Test
  void completionKeepsToTheLimit() {
    assertThat(gazetteer.complete("S", 3)).hasSize(3);
    assertThat(gazetteer.complete("S", 1_000)).hasSize(Gazetteer.MAX_SUGGESTIONS);
    assertThat(gazetteer.complete("S", 0)).isEmpty();
    assertThat(gazetteer.complete("S", -1)).isEmpty();
  }

  @Test
  void anUnknownTownIsNotFound() {
    assertThat(gazetteer.find("Hogwarts")).isEmpty();
    assertThat(gazetteer.find("Hambur")).isEmpty();
    assertThat(gazetteer.complete("Xqzv", 10)).isEmpty();
  }

  @Test
  void badInputFindsNothingAndThrowsNothing() {
    char[] endless = new char[10_000];
    Arrays.fill(endless, 'a');
    List<String> junk =
        Arrays.asList(
            null,
            "",
            "   ",
            new String(endless),
            "Ham\u0000burg",
            "Hamburg\n",
            "Ham\tburg",
            "Ham\u200Bburg",
            "\uD800",
            ",",
            ", DE",
            "Hamburg,",
            "%",
            "' OR 1=1 --");

    for (String text : junk) {
      assertThat(gazetteer.find(text)).as("find %s", text).isEmpty();
      assertThat(gazetteer.complete(text, 10)).as("complete %s", text).isEmpty();
    }
  }

  @Test
  void holdsTwentyToThirtyThousandTownsAllWithinTheGlobe() {
    List<Place> places = gazetteer.places();

    assertThat(places).hasSizeBetween(20_000, 30_000);
    assertThat(places)
        .allSatisfy(
            place -> {
              assertThat(place.latitude()).isBetween(-90.0, 90.0);
              assertThat(place.longitude()).isBetween(-180.0, 180.0);
              assertThat(place.population()).isGreaterThanOrEqualTo(15_000);
              assertThat(place.name()).isNotBlank();
              assertThat(place.countryCode()).hasSize(2);
            });
  }

  @Test
  void namesItsSourceForTheAttribution() {
    assertThat(Gazetteer.ATTRIBUTION).contains("GeoNames").contains("CC BY 4.0");
  }
}
