package org.corkboard.gazetteer.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTownsTest {

  private final Gazetteer gazetteer = new Gazetteer();

  @Test
  void readsATownAsTypedFirst() {
    assertThat(AddressTowns.readings(" Frankfurt (Oder) "))
        .containsExactly("Frankfurt (Oder)", "Frankfurt");
  }

  @Test
  void readsAPostalCodeTypedIntoTheCityAsNoPartOfTheName() {
    assertThat(AddressTowns.readings("80331 München")).containsExactly("80331 München", "München");
    assertThat(AddressTowns.readings("Berlin D-10115")).containsExactly("Berlin D-10115", "Berlin");
  }

  @Test
  void readsACompoundNameAsTheTownItBeginsWith() {
    assertThat(AddressTowns.readings("Berlin-Pankow")).containsExactly("Berlin-Pankow", "Berlin");
    assertThat(AddressTowns.readings("Frankfurt / Sachsenhausen"))
        .containsExactly("Frankfurt / Sachsenhausen", "Frankfurt");
  }

  @Test
  void readsNothingIntoNothing() {
    assertThat(AddressTowns.readings(null)).isEmpty();
    assertThat(AddressTowns.readings("  ")).isEmpty();
    assertThat(AddressTowns.readings("12345")).containsExactly("12345");
  }

  @Test
  void findsTheTownOfACompoundOrPostalAddress() {
    Place munich = gazetteer.find("Munich").orElseThrow();

    assertThat(gazetteer.findTown("München-Schwabing")).contains(munich);
    assertThat(gazetteer.findTown("80331 muenchen")).contains(munich);
    assertThat(gazetteer.findTown("Frankfurt-Sachsenhausen"))
        .map(Place::name)
        .contains("Frankfurt am Main");
  }

  @Test
  void aKnownCompoundNameStaysItself() {
    assertThat(gazetteer.findTown("Castrop-Rauxel")).map(Place::name).contains("Castrop-Rauxel");
    assertThat(gazetteer.findTown("Frankfurt (Oder)")).map(Place::admin1).contains("11");
    assertThat(gazetteer.findTown("Berlin-Neukölln")).map(Place::name).contains("Neukölln");
  }

  @Test
  void findsATownByTheWordsItsLongerNameBeginsWith() {
    assertThat(gazetteer.findTown("Bad Homburg"))
        .map(Place::name)
        .hasValueSatisfying(name -> assertThat(name).startsWith("Bad Homburg"));
    assertThat(gazetteer.findTown("Bernau")).map(Place::name).contains("Bernau bei Berlin");
  }

  @Test
  void aShortBeginningOrAnUnknownNameFindsNoTown() {
    assertThat(gazetteer.findTown("Bad")).isEmpty();
    assertThat(gazetteer.findTown("Xyzzyville")).isEmpty();
    assertThat(gazetteer.findTown(null)).isEmpty();
    assertThat(gazetteer.findTown("12345")).isEmpty();
  }
}
