package org.corkboard.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.search.boundary.SearchIndex;
import org.corkboard.search.control.GeoPoint;
import org.corkboard.search.control.ListingFilters;
import org.corkboard.search.control.QueryText;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.control.SearchResults;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A posted listing is where its site is, else where its town is, else nowhere; it moves with its
 * town; and a search near a place finds it within the radius, and only there.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class NearbyListingsIT {

  private static final Role[] USER = {Role.USER};
  private static final GeoPoint REGENSBURG = new GeoPoint(49.0134, 12.1016);
  private static final GeoPoint LUENEBURG = new GeoPoint(53.2509, 10.4141);
  private static final GeoPoint PASSAU = new GeoPoint(48.5667, 13.4319);

  /** A change is found within a second of its commit. */
  private static final Duration PATIENCE = Duration.ofSeconds(2);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(NearbyListingsIT.class, TestListings.class);
  }

  @Inject Listings listings;
  @Inject SearchIndex index;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject MapFixtures map;

  private Account owner;
  private String word;

  @BeforeEach
  void createOwnerAndAWordNobodyElseUses() {
    owner = testAccounts.create("nearby");
    word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void listingsAreWhereTheirSiteOrTownIsAndFoundOnlyNearIt() throws Exception {
    Site works = map.site("Regensburg Works", "Regensburg", "93047");
    long atSite = post("Bench grinder", works.getId(), "Hamburg");
    long inTown = post("Tool chest", null, "Lüneburg");
    long nowhere = post("Pillar drill", null, "Xyzzyville");

    assertThat(coordinates(atSite)).isEqualTo(works.getCoordinates());
    assertNear(coordinates(inTown), LUENEBURG);
    assertThat(coordinates(nowhere)).isNull();

    awaitIds(null, 0, ids -> ids.size() == 3);
    awaitIds(REGENSBURG, 20, ids -> ids.equals(List.of(atSite)));
    awaitIds(LUENEBURG, 20, ids -> ids.equals(List.of(inTown)));
  }

  @Test
  void aListingMovedToAnotherTownMovesOnTheMap() throws Exception {
    long id = post("Workbench", null, "Lüneburg");
    awaitIds(LUENEBURG, 20, ids -> ids.equals(List.of(id)));

    long version = testListings.reload(id).getVersion();
    as(
        owner.getUsername(),
        USER,
        run(() -> listings.update(id, form("Workbench", null, "Passau", version))));

    assertNear(coordinates(id), PASSAU);
    awaitIds(PASSAU, 20, ids -> ids.equals(List.of(id)));
    awaitIds(LUENEBURG, 20, List::isEmpty);
  }

  @Test
  void aListingMovedToAnUnknownTownLeavesTheMap() throws Exception {
    long id = post("Vice", null, "Lüneburg");
    long version = testListings.reload(id).getVersion();

    as(
        owner.getUsername(),
        USER,
        run(() -> listings.update(id, form("Vice", null, "Xyzzyville", version))));

    assertThat(coordinates(id)).isNull();
    assertThat(testListings.reload(id).getLocation().isTownOffTheMap()).isTrue();
  }

  @Test
  void theMigrationPlacesListingsWrittenBeforeCoordinates() throws Exception {
    Site works = map.site("Regensburg Works", "Regensburg", "93047");
    long atSite = post("Lathe", works.getId(), null);
    long inTown = post("Sander", null, "80331 München");
    long nowhere = post("Planer", null, "Xyzzyville");
    map.forgetCoordinates(atSite);
    map.forgetCoordinates(inTown);

    map.fillCoordinates();

    assertThat(coordinates(atSite)).isEqualTo(works.getCoordinates());
    assertNear(coordinates(inTown), new GeoPoint(48.1374, 11.5755));
    assertThat(coordinates(nowhere)).isNull();
  }

  private long post(String title, Long siteId, String city) throws Exception {
    return as(owner.getUsername(), USER, () -> listings.post(form(title, siteId, city, 0)));
  }

  private ListingForm form(String title, Long siteId, String city, long version) {
    return new ListingForm(
        ListingType.FOR_SALE,
        title + " " + word,
        "Sturdy and in good shape.",
        categories.bySlug("bikes").orElseThrow().id(),
        PriceMode.FIXED,
        new BigDecimal("40"),
        "EUR",
        Condition.GOOD,
        siteId,
        city,
        null,
        Map.of(),
        version);
  }

  private Coordinates coordinates(long id) {
    return testListings.reload(id).getLocation().getCoordinates();
  }

  private static void assertNear(Coordinates actual, GeoPoint expected) {
    assertThat(actual).isNotNull();
    assertThat(actual.getLatitude()).isCloseTo(expected.latitude(), within(0.05));
    assertThat(actual.getLongitude()).isCloseTo(expected.longitude(), within(0.05));
  }

  /** Listings with the word, near the point within the radius (or anywhere without a point). */
  private List<Long> ids(GeoPoint near, int radiusKm) {
    var filters =
        new ListingFilters(
            null, null, null, null, null, null, false, null, near, near == null ? null : radiusKm);
    var request =
        new SearchRequest(
            QueryText.parse(word),
            filters,
            null,
            1,
            SearchRequest.MAX_SIZE,
            Instant.now(),
            List.of());
    return index.search(request).hits().stream().map(SearchResults.Hit::id).toList();
  }

  private void awaitIds(GeoPoint near, int radiusKm, Predicate<List<Long>> expected)
      throws InterruptedException {
    Instant giveUp = Instant.now().plus(PATIENCE);
    List<Long> found = ids(near, radiusKm);
    while (!expected.test(found) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(100);
      found = ids(near, radiusKm);
    }
    assertThat(expected.test(found)).as("found near %s: %s", near, found).isTrue();
  }
}
