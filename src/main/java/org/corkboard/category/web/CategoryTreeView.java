package org.corkboard.category.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.corkboard.category.boundary.CategoryAdministration;
import org.corkboard.category.boundary.CategoryRow;
import org.corkboard.platform.web.Actions;

/**
 * admin/categories/: the category tree, a new category added under a parent or at the top, and a
 * category moved up or down among its siblings.
 */
@Named
@ViewScoped
public class CategoryTreeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CategoryAdministration administration;

  private List<CategoryRow> tree;
  private Long parentId;
  private String name;

  public List<CategoryRow> getTree() {
    if (tree == null) {
      tree = administration.tree();
    }
    return tree;
  }

  public void add() {
    if (Actions.succeeded(() -> administration.add(parentId, name))) {
      Actions.confirm("Added “" + name.strip() + "”.");
      name = null;
      tree = null;
    }
  }

  public void up(long id) {
    reorder(id, -1);
  }

  public void down(long id) {
    reorder(id, 1);
  }

  private void reorder(long id, int step) {
    Actions.succeeded(() -> administration.reorder(id, step));
    tree = null;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
