package org.corkboard.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import org.corkboard.search.boundary.Places;
import org.corkboard.search.control.NamedPlace;
import org.corkboard.site.entity.Site;
import org.corkboard.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a person types as the place a search is near: a company site by its name, else a town, else
 * nothing. One test, as the sites are read once a minute: a site made by a second test could come
 * after the first test read them.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class PlacesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(PlacesIT.class);
  }

  @Inject Places places;
  @Inject MapFixtures map;

  @Test
  void findsASiteByNameElseATownElseNothing() {
    Site works = map.site("Passau Works", "Passau", "94032");

    NamedPlace site = places.find(works.getName().toUpperCase()).orElseThrow();
    NamedPlace town = places.find("regensburg").orElseThrow();

    assertThat(site.label()).isEqualTo(works.getName());
    assertThat(site.point().latitude()).isEqualTo(works.getCoordinates().getLatitude());
    assertThat(site.point().longitude()).isEqualTo(works.getCoordinates().getLongitude());
    assertThat(town.label()).isEqualTo("Regensburg, DE");
    assertThat(town.point().latitude()).isCloseTo(49.01, within(0.05));
    assertThat(places.find("Xyzzyville")).isEmpty();
    assertThat(places.finder().find(works.getName())).contains(site.point());
    assertThat(places.complete(works.getName(), 3)).contains(works.getName());
  }
}
