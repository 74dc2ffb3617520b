package org.corkboard.search.boundary;

import org.corkboard.search.entity.Frequency;
import org.corkboard.search.entity.SavedSearch;

/**
 * A saved search as its owner sees it in their list.
 *
 * @param query the canonical query string, to run it again at /search?query
 */
public record SavedSearchEntry(
    long id, String name, String query, Frequency frequency, boolean paused) {

  static SavedSearchEntry of(SavedSearch search) {
    return new SavedSearchEntry(
        search.getId(),
        search.getName(),
        search.getQuery(),
        search.getFrequency(),
        search.isPaused());
  }
}
