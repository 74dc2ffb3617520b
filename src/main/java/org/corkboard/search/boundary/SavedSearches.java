package org.corkboard.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.search.control.ListingFilters;
import org.corkboard.search.control.SavedQuery;
import org.corkboard.search.control.SavedSearchLinks;
import org.corkboard.search.control.SavedSearchRepository;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.entity.Frequency;
import org.corkboard.search.entity.SavedSearch;

/**
 * Saving searches and managing them: only their owner lists, renames, pauses, resumes or deletes
 * them. The unsubscribe link of an alert e-mail pauses its search without signing in, and resumes
 * it again.
 */
@Stateless
public class SavedSearches {

  /** Enough for anyone; it bounds the matching each new listing costs. */
  public static final int MAX_PER_PERSON = 50;

  /** The longest query string kept (the column's size); a typed search is far shorter. */
  static final int MAX_QUERY = 2000;

  @Inject SavedSearchRepository repository;
  @Inject SavedSearchLinks links;
  @Inject CurrentAccount current;
  @Inject Places places;
  @Inject Clock clock;

  /** Saves the search of a query string under a name; returns its canonical query string. */
  @RolesAllowed(Role.USER_NAME)
  public String save(String query, String name, Frequency frequency) {
    String canonical = SavedQuery.canonical(query);
    if (canonical.length() > MAX_QUERY) {
      throw new Refused("This search is too long to save; shorten the search text.");
    }
    if (findsEverything(canonical)) {
      throw new Refused(
          "Type some words or choose a filter before saving a search: this one would tell you of"
              + " every new listing.");
    }
    if (frequency == null) {
      throw new Refused("frequency", "Choose how soon you want to hear of new listings.");
    }
    Account owner = current.account();
    if (repository.count(owner) >= MAX_PER_PERSON) {
      throw new Refused(
          "You have "
              + MAX_PER_PERSON
              + " saved searches, the most allowed. Delete one you no longer need first.");
    }
    repository.store(new SavedSearch(owner, name, canonical, frequency, clock.instant()));
    return canonical;
  }

  @RolesAllowed(Role.USER_NAME)
  public List<SavedSearchEntry> mine() {
    return repository.of(current.account()).stream().map(SavedSearchEntry::of).toList();
  }

  /** Renames the search and sets how soon it tells of new listings. */
  @RolesAllowed(Role.USER_NAME)
  public void change(long id, String name, Frequency frequency) {
    if (frequency == null) {
      throw new Refused("frequency", "Choose how soon you want to hear of new listings.");
    }
    owned(id).change(name, frequency);
  }

  /** Pauses the search (it tells of nothing) or resumes it. */
  @RolesAllowed(Role.USER_NAME)
  public void pause(long id, boolean paused) {
    SavedSearch search = owned(id);
    if (paused) {
      search.pause();
    } else {
      search.resume();
    }
  }

  @RolesAllowed(Role.USER_NAME)
  public void delete(long id) {
    repository.remove(owned(id));
  }

  /** Pauses the search an unsubscribe link names; returns its name. */
  @PermitAll
  public String pauseByLink(String token) {
    SavedSearch search = linked(token);
    search.pause();
    return search.getName();
  }

  /** Resumes the search an unsubscribe link names: the undo of {@link #pauseByLink}. */
  @PermitAll
  public void resumeByLink(String token) {
    linked(token).resume();
  }

  private SavedSearch linked(String token) {
    return links
        .savedSearchOf(token)
        .flatMap(repository::find)
        .orElseThrow(
            () ->
                new Refused(
                    "This link is not valid, or its saved search was deleted. Sign in to see your"
                        + " saved searches."));
  }

  private SavedSearch owned(long id) {
    SavedSearch search =
        repository.find(id).orElseThrow(() -> new Forbidden("There is no such saved search."));
    if (!search.isOwnedBy(current.account())) {
      throw new Forbidden("This is someone else's saved search.");
    }
    return search;
  }

  private boolean findsEverything(String canonical) {
    SearchRequest request =
        SearchRequest.parse(SavedQuery.parameters(canonical), clock.instant(), places.finder());
    ListingFilters filters = request.filters();
    return request.text().isEmpty()
        && filters.categoryId() == null
        && filters.type() == null
        && filters.siteId() == null
        && !filters.hasPriceFilter()
        && filters.condition() == null
        && !filters.withPictures()
        && filters.radiusKm() == null;
  }
}
