package org.corkboard.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.boundary.ListingFeed;
import org.corkboard.listing.entity.Listing;
import org.corkboard.mail.boundary.Mailer;
import org.corkboard.search.control.DigestQueue;
import org.corkboard.search.control.SavedSearchNews;
import org.corkboard.search.control.SavedSearchRepository;
import org.corkboard.search.entity.SavedSearch;
import org.corkboard.search.entity.SavedSearchAlert;

/**
 * The daily digest of saved searches whose alerts are mailed once a day: one e-mail a person, the
 * listings found since the last one grouped by saved search. What is no longer public by then, or
 * was found for a search paused since, is left out; with nothing left, nothing is sent. The alerts
 * are locked and marked in the transaction that queues the e-mail, so a digest is sent once even
 * when two nodes' timers ask for it.
 */
@Stateless
@PermitAll
public class SavedSearchDigests {

  @Inject SavedSearchRepository repository;
  @Inject DigestQueue queue;
  @Inject ListingFeed feed;
  @Inject SavedSearchNews news;
  @Inject Mailer mailer;

  /** Asks for the digest of everyone with alerts waiting for it; returns how many. */
  public int queueAll() {
    List<Long> owners = repository.digestOwners();
    owners.forEach(queue::digestFor);
    return owners.size();
  }

  /** Mails the person's digest, if anything is left to tell; returns how many listings it tells. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int send(long ownerId) {
    Map<SavedSearch, List<Listing>> found = new LinkedHashMap<>();
    for (SavedSearchAlert alert : repository.forDigest(ownerId)) {
      SavedSearch search = alert.getSavedSearch();
      Optional<Listing> listing =
          search.isPaused() ? Optional.empty() : feed.publicListing(alert.getListingId());
      alert.digested(listing.isPresent());
      listing.ifPresent(l -> found.computeIfAbsent(search, s -> new ArrayList<>()).add(l));
    }
    if (found.isEmpty()) {
      return 0;
    }
    int listings = found.values().stream().mapToInt(List::size).sum();
    Account owner = found.keySet().iterator().next().getOwner();
    mailer.send(owner.getEmail(), news.digestSubject(listings), news.digest(owner, found));
    return listings;
  }
}
