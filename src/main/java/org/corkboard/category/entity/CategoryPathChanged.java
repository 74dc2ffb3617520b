package org.corkboard.category.entity;

import java.util.List;

/**
 * Categories were renamed or moved: their listings now stand under other names or another top-level
 * category. Fired inside the change's transaction, so that those who keep something of these
 * listings (their top-level category, a search index) follow it or roll back with it.
 *
 * @param topId the top-level category the categories now belong to
 * @param categoryIds the categories whose listings are concerned
 */
public record CategoryPathChanged(long topId, List<Long> categoryIds) {

  public CategoryPathChanged {
    categoryIds = List.copyOf(categoryIds);
  }
}
