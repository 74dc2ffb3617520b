package org.corkboard.category.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corkboard.category.boundary.CategoryAdministration;
import org.corkboard.category.boundary.CategoryRow;
import org.corkboard.platform.web.Actions;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * admin/categories/: the category tree, a new category added under a parent or at the top, and a
 * category moved up or down among its siblings. The tree table opens with every category unfolded;
 * one that an administrator folded stays folded when the tree is read again after a change.
 */
@Named
@ViewScoped
public class CategoryTreeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CategoryAdministration administration;

  private List<CategoryRow> tree;
  private TreeNode<CategoryRow> root;
  private Long parentId;
  private String name;

  public List<CategoryRow> getTree() {
    if (tree == null) {
      tree = administration.tree();
    }
    return tree;
  }

  /** The tree for p:treeTable: a root that is not shown, above the top-level categories. */
  public TreeNode<CategoryRow> getRoot() {
    if (root == null) {
      root = new DefaultTreeNode<>(null, null);
      for (CategoryRow top : getTree()) {
        TreeNode<CategoryRow> parent = unfolded(top, root);
        top.children().forEach(child -> unfolded(child, parent));
      }
    }
    return root;
  }

  private static TreeNode<CategoryRow> unfolded(CategoryRow row, TreeNode<CategoryRow> parent) {
    TreeNode<CategoryRow> node = new DefaultTreeNode<>(row, parent);
    node.setExpanded(true);
    return node;
  }

  public void add() {
    if (Actions.succeeded(() -> administration.add(parentId, name))) {
      Actions.confirm("Added “" + name.strip() + "”.");
      name = null;
      readAgain();
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
    readAgain();
  }

  private void readAgain() {
    Set<Long> folded =
        root == null
            ? Set.of()
            : root.getChildren().stream()
                .filter(node -> !node.isExpanded())
                .map(node -> node.getData().id())
                .collect(Collectors.toSet());
    tree = null;
    root = null;
    getRoot().getChildren().stream()
        .filter(node -> folded.contains(node.getData().id()))
        .forEach(node -> node.setExpanded(false));
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
