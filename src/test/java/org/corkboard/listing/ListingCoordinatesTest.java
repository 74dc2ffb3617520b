package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corkboard.listing.control.ListingCoordinates;
import org.corkboard.listing.entity.Location;
import org.corkboard.site.control.TownCoordinates;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;
import org.junit.jupiter.api.Test;

class ListingCoordinatesTest {

  private final Site munichCampus = TownCoordinates.located(new Site("Campus", "Munich", "80331"));

  @Test
  void aListingAtASiteIsWhereTheSiteIs() {
    Location location = ListingCoordinates.locate(munichCampus, "Hamburg", "20095");

    assertThat(location.getCoordinates()).isEqualTo(munichCampus.getCoordinates());
    assertThat(location.getCity()).isEqualTo("Hamburg");
  }

  @Test
  void aListingInATownIsWhereTheTownIs() {
    Coordinates hamburg =
        ListingCoordinates.locate(null, "hamburg-altona", "22765").getCoordinates();

    assertThat(hamburg.getLatitude()).isCloseTo(53.55, within(0.05));
    assertThat(hamburg.getLongitude()).isCloseTo(9.93, within(0.05));
  }

  @Test
  void aListingAtASiteOffTheMapIsWhereItsTownIs() {
    Site unknown = TownCoordinates.located(new Site("Outpost", "Nowhere Town", "12345"));

    Location location = ListingCoordinates.locate(unknown, "Berlin", null);

    assertThat(unknown.getCoordinates()).isNull();
    assertThat(location.getCoordinates().getLatitude()).isCloseTo(52.52, within(0.05));
  }

  @Test
  void aListingInAnUnknownTownIsNotOnTheMap() {
    Location location = ListingCoordinates.locate(null, "Xyzzyville", "12345");

    assertThat(location.isOnMap()).isFalse();
    assertThat(location.getCity()).isEqualTo("Xyzzyville");
  }
}
