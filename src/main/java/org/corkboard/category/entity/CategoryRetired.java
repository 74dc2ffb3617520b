package org.corkboard.category.entity;

import java.util.List;

/**
 * Categories were retired: their listings belong to the replacement from now on. Fired inside the
 * retirement's transaction, whose listings must move in it too, or no listing is left in a category
 * that nobody can choose.
 *
 * @param categoryIds the retired category and its sub-categories
 * @param replacementId the category their listings move to
 * @param replacementTopId the replacement's top-level category (itself, if it is one)
 */
public record CategoryRetired(List<Long> categoryIds, long replacementId, long replacementTopId) {

  public CategoryRetired {
    categoryIds = List.copyOf(categoryIds);
  }
}
