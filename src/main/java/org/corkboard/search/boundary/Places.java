package org.corkboard.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.corkboard.gazetteer.control.Gazetteer;
import org.corkboard.search.control.GeoPoint;
import org.corkboard.search.control.NamedPlace;
import org.corkboard.search.control.NearPlaces;
import org.corkboard.search.control.PlaceFinder;
import org.corkboard.site.boundary.Sites;
import org.corkboard.site.entity.Site;
import org.corkboard.site.entity.SitesChanged;

/**
 * Resolves what a person types into a search's "near" box: a company site by its name, else a town;
 * and names the sites for the search page. The sites change rarely, and completion asks at every
 * keystroke and every search page names them, so they are read at most once a minute, and again at
 * once when an administrator's change of a site commits on this server; on other servers, a new or
 * moved site may take that minute to be offered.
 */
@ApplicationScoped
public class Places {

  static final Duration SITES_KEPT = Duration.ofMinutes(1);

  private static final Gazetteer GAZETTEER = new Gazetteer();

  private record Snapshot(Instant takenAt, NearPlaces places, Map<Long, String> siteNames) {}

  @Inject Sites sites;
  @Inject Clock clock;

  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  /** The site or town typed so, with where it is; empty if none is known. */
  public Optional<NamedPlace> find(String typed) {
    return current().places().find(typed);
  }

  /** Site names that start so, then town labels ("Munich, DE"), at most {@code limit}. */
  public List<String> complete(String prefix, int limit) {
    return current().places().complete(prefix, limit);
  }

  /** For the search parameters: the point of the site or town typed into "near". */
  public PlaceFinder finder() {
    return typed -> find(typed).map(NamedPlace::point);
  }

  /** Every site's name, by its id. */
  public Map<Long, String> siteNames() {
    return current().siteNames();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SitesChanged change) {
    snapshot.set(null);
  }

  private Snapshot current() {
    Instant now = clock.instant();
    Snapshot taken = snapshot.get();
    if (taken == null || !now.isBefore(taken.takenAt().plus(SITES_KEPT))) {
      // Two callers may both read the sites at the turn of a minute; either result is right.
      List<Site> all = sites.all();
      taken =
          new Snapshot(
              now,
              new NearPlaces(onTheMap(all), GAZETTEER),
              all.stream().collect(Collectors.toUnmodifiableMap(Site::getId, Site::getName)));
      snapshot.set(taken);
    }
    return taken;
  }

  private static List<NamedPlace> onTheMap(List<Site> sites) {
    return sites.stream().filter(site -> site.getCoordinates() != null).map(Places::named).toList();
  }

  private static NamedPlace named(Site site) {
    var coordinates = site.getCoordinates();
    return new NamedPlace(
        site.getName(), new GeoPoint(coordinates.getLatitude(), coordinates.getLongitude()));
  }
}
