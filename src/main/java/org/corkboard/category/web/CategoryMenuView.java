package org.corkboard.category.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.Categories.Node;

/** The categories of the header menu and the home page's tiles. */
@Named
@RequestScoped
public class CategoryMenuView {

  @Inject Categories categories;

  private List<Node> tree;

  public List<Node> getTree() {
    if (tree == null) {
      tree = categories.tree();
    }
    return tree;
  }
}
