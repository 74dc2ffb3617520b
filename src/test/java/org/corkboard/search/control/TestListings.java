package org.corkboard.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A handful of listings to search, in categories For sale (1) › Bikes (2) › Mountain bikes (3), For
 * sale › Electronics (4) and Housing (5), at the sites Hamburg (10) and Berlin (20).
 */
final class TestListings {

  static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
  static final GeoPoint HAMBURG = new GeoPoint(53.55, 9.99);
  static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);

  static final IndexedListing CITY_BICYCLE =
      listing(1, "Red bicycle for commuting", "Solid city bicycle, 28 inch, new chain.")
          .in(List.of(1L, 2L), List.of("For sale", "Bikes"))
          .at(10, HAMBURG)
          .price(12_000L, "GOOD", true)
          .postedAgo(Duration.ofDays(2))
          .build();
  static final IndexedListing KIDS_BIKE =
      listing(2, "Fahrrad für Kinder", "Gut erhaltenes Fahrrad, 20 Zoll, mit Klingel.")
          .in(List.of(1L, 2L), List.of("For sale", "Bikes"))
          .at(20, BERLIN)
          .price(4_000L, "LIKE_NEW", false)
          .postedAgo(Duration.ofDays(10))
          .build();
  static final IndexedListing MOUNTAIN_BIKE =
      listing(3, "Mountain bike Cube", "Full suspension, a bicycle helmet is included.")
          .in(List.of(1L, 2L, 3L), List.of("For sale", "Bikes", "Mountain bikes"))
          .at(10, HAMBURG)
          .price(85_000L, "GOOD", true)
          .postedAgo(Duration.ofHours(1))
          .build();
  static final IndexedListing LAPTOP =
      listing(4, "Wanted: old laptop", "Any working laptop for my son, battery may be weak.")
          .in(List.of(1L, 4L), List.of("For sale", "Electronics"))
          .type("WANTED")
          .site(20)
          .postedAgo(Duration.ofDays(40))
          .build();
  static final IndexedListing SOFA =
      listing(5, "Free sofa", "Comfortable grey sofa, pick up only.")
          .in(List.of(1L), List.of("For sale"))
          .type("FREE")
          .at(10, HAMBURG)
          .price(0L, "FAIR", false)
          .postedAgo(Duration.ofDays(5))
          .build();
  static final IndexedListing FLAT =
      listing(6, "Flat in Berlin Mitte", "Two rooms, balcony, close to the office.")
          .in(List.of(5L), List.of("Housing"))
          .type("FOR_RENT")
          .at(20, BERLIN)
          .price(250_000L, null, false)
          .postedAgo(Duration.ofDays(20))
          .build();

  static final List<IndexedListing> ALL =
      List.of(CITY_BICYCLE, KIDS_BIKE, MOUNTAIN_BIKE, LAPTOP, SOFA, FLAT);

  private TestListings() {}

  static Draft listing(long id, String title, String description) {
    return new Draft(id, title, description);
  }

  /** A listing being put together for a test. */
  static final class Draft {
    private final long id;
    private final String title;
    private final String description;
    private List<Long> path = List.of(1L);
    private List<String> names = List.of("For sale");
    private String type = "FOR_SALE";
    private Long siteId;
    private GeoPoint location;
    private Long priceCents;
    private String condition;
    private boolean pictures;
    private Instant publishedAt = NOW.minus(Duration.ofDays(1));

    private Draft(long id, String title, String description) {
      this.id = id;
      this.title = title;
      this.description = description;
    }

    Draft in(List<Long> path, List<String> names) {
      this.path = path;
      this.names = names;
      return this;
    }

    Draft type(String type) {
      this.type = type;
      return this;
    }

    Draft site(long siteId) {
      this.siteId = siteId;
      return this;
    }

    Draft at(long siteId, GeoPoint location) {
      this.siteId = siteId;
      this.location = location;
      return this;
    }

    Draft price(Long cents, String condition, boolean pictures) {
      this.priceCents = cents;
      this.condition = condition;
      this.pictures = pictures;
      return this;
    }

    Draft postedAgo(Duration age) {
      this.publishedAt = NOW.minus(age);
      return this;
    }

    IndexedListing build() {
      return new IndexedListing(
          id,
          title,
          description,
          "",
          path,
          names,
          type,
          siteId,
          location == null ? null : location.latitude(),
          location == null ? null : location.longitude(),
          priceCents,
          condition,
          pictures,
          publishedAt);
    }
  }
}
