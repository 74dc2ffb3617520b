package org.corkboard.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.corkboard.account.entity.Account;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.demo.DemoCatalogue.Town;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.control.ListingCoordinates;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.Location;
import org.corkboard.site.entity.Site;

/**
 * Makes planned entries into listings through the listing's own verbs, with the checks posting
 * applies: the price its type allows, a valid place, and details that pass the category's fields.
 */
final class DemoEntries {

  private DemoEntries() {}

  /** The entry as a new, unsaved draft of its owner, placed at or near the owner's home site. */
  static Listing write(
      Entry entry,
      Account owner,
      Category category,
      List<CategoryField> fields,
      ListingRules rules) {
    Site site = Objects.requireNonNull(owner.getHomeSite(), "A demo person has a home site.");
    List<Town> towns = DemoCatalogue.townsNear(site.getCity(), site.getPostalCode());
    Town town = towns.get(entry.town() % towns.size());
    UnaryOperator<String> place =
        text -> DemoCatalogue.place(text, site.getName(), site.getCity(), town);
    Map<String, String> details =
        entry.details().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> place.apply(e.getValue())));
    Listing listing = new Listing(owner, entry.created());
    listing.describe(
        entry.template().type(),
        place.apply(entry.title()),
        place.apply(entry.description()),
        category,
        entry.price(),
        entry.condition(),
        location(entry, site, town),
        rules.details(fields, details),
        entry.created());
    return listing;
  }

  /** Publishes the draft and ends it, as the entry's state says. */
  static void live(Listing listing, Entry entry, Duration lifetime) {
    if (entry.status() == ListingStatus.DRAFT) {
      return;
    }
    listing.publish(entry.published(), lifetime);
    switch (entry.status()) {
      case SOLD -> listing.markSold(entry.ended());
      case CLOSED -> listing.close(entry.ended());
      case EXPIRED -> {
        if (!listing.expireIfDue(entry.ended())) {
          throw new IllegalStateException("A demo listing planned as expired is not due yet.");
        }
      }
      default -> {}
    }
  }

  private static Location location(Entry entry, Site site, Town town) {
    return switch (entry.where()) {
      case SITE -> ListingCoordinates.locate(site, null, null);
      case TOWN -> ListingCoordinates.locate(null, town.city(), town.postalCode());
      case BOTH -> ListingCoordinates.locate(site, town.city(), town.postalCode());
    };
  }
}
