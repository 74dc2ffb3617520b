package org.corkboard.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.corkboard.listing.boundary.Browsing;

/**
 * The number of active listings beside each category of the console's tree (admin/categories/). The
 * tree's page belongs to the category feature, which knows nothing of listings; the page asks this
 * bean for the numbers, counted once for the whole request.
 */
@Named
@RequestScoped
public class CategoryCountsView {

  @Inject Browsing browsing;

  private Map<Long, Long> counts;

  /** The category's own active listings and its sub-categories'. */
  public long activeIn(long categoryId) {
    if (counts == null) {
      counts = browsing.activeCounts();
    }
    return counts.getOrDefault(categoryId, 0L);
  }
}
