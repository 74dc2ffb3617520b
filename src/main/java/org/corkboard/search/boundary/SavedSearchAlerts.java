package org.corkboard.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.corkboard.listing.boundary.ListingFeed;
import org.corkboard.listing.entity.Listing;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.search.control.ListingMatcher;
import org.corkboard.search.control.PlaceFinder;
import org.corkboard.search.control.SavedQuery;
import org.corkboard.search.control.SavedSearchNews;
import org.corkboard.search.control.SavedSearchRepository;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.entity.Frequency;
import org.corkboard.search.entity.SavedSearch;
import org.corkboard.search.entity.SavedSearchAlert;

/**
 * Tells the owners of saved searches of a listing that has become public: the listing, as it now
 * stands and only if still public, is matched against every saved search of other people that is
 * not paused, with the search page's own queries. Each match stores its alert and notifies the
 * owner in the caller's transaction (the queue's), so that a failure redelivers the whole and a
 * redelivery finds the alerts already there. The unique alert of a search and listing backs this up
 * when two deliveries run at once: the second fails on it, and its retry finds the first's.
 */
@Stateless
@PermitAll
public class SavedSearchAlerts {

  @Inject ListingFeed feed;
  @Inject Places places;
  @Inject SavedSearchRepository repository;
  @Inject SavedSearchNews news;
  @Inject Notifications notifications;
  @Inject Clock clock;

  /** Alerts every saved search that finds the listing and has not told of it yet. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int match(long listingId) {
    Optional<Listing> published = feed.publicListing(listingId);
    if (published.isEmpty()) {
      return 0;
    }
    Listing listing = published.get();
    ListingMatcher matcher = ListingMatcher.of(IndexedListings.of(listing));
    Set<Long> alerted = repository.alertedFor(listingId);
    PlaceFinder near = places.finder();
    Instant now = clock.instant();
    int alerts = 0;
    for (SavedSearch search : repository.activeExceptOf(listing.getOwner().getId())) {
      if (!alerted.contains(search.getId()) && matcher.matches(request(search, now, near))) {
        alert(search, listing, now);
        alerts++;
      }
    }
    return alerts;
  }

  private static SearchRequest request(SavedSearch search, Instant now, PlaceFinder places) {
    return SearchRequest.parse(SavedQuery.parameters(search.getQuery()), now, places);
  }

  private void alert(SavedSearch search, Listing listing, Instant now) {
    repository.store(new SavedSearchAlert(search, listing.getId(), now));
    notifications.notify(
        search.getOwner(),
        news.found(search, listing),
        search.getFrequency() == Frequency.IMMEDIATE ? Delivery.IMMEDIATE : Delivery.NONE);
  }
}
