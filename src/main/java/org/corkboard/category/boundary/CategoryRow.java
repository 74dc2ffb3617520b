package org.corkboard.category.boundary;

import java.util.List;

/**
 * A category as administrators edit it: with the version their change is made on, its place among
 * its siblings, and its sub-categories.
 */
public record CategoryRow(
    long id,
    String name,
    String slug,
    Long parentId,
    long version,
    boolean first,
    boolean last,
    List<CategoryRow> children) {

  public CategoryRow {
    children = List.copyOf(children);
  }

  public boolean isTopLevel() {
    return parentId == null;
  }
}
