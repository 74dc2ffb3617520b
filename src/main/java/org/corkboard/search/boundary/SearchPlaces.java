package org.corkboard.search.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corkboard.search.control.PlaceFinder;
import org.corkboard.site.entity.Site;

/** "near=" a company site (at the town it is in) or a town, as the search parameters allow. */
final class SearchPlaces {

  private SearchPlaces() {}

  static PlaceFinder of(List<Site> sites) {
    PlaceFinder towns = PlaceFinder.towns();
    Map<String, String> townOfSite =
        sites.stream()
            .filter(site -> site.getCity() != null)
            .collect(
                Collectors.toMap(
                    site -> key(site.getName()), Site::getCity, (first, second) -> first));
    return typed ->
        Optional.ofNullable(townOfSite.get(key(typed)))
            .flatMap(towns::find)
            .or(() -> towns.find(typed));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
