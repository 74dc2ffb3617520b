package org.corkboard.category.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.category.boundary.CategoryAdministration;
import org.corkboard.category.boundary.CategoryRow;
import org.corkboard.platform.web.Actions;

/**
 * admin/categories/edit?id=…: one category renamed, moved under another parent, or retired with its
 * listings moved to another category. Each change is made on the version the page read.
 */
@Named
@ViewScoped
public class CategoryEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CategoryAdministration administration;

  /** A category to choose, labelled with its parent: "For sale › Bikes". */
  public record Choice(long id, String label) implements Serializable {}

  private Long id;
  private CategoryRow category;
  private final List<CategoryRow> parents = new ArrayList<>();
  private final List<Choice> replacements = new ArrayList<>();
  private String name;
  private Long parentId;
  private Long replacementId;

  public void load() throws IOException {
    parents.clear();
    replacements.clear();
    if (id != null) {
      for (CategoryRow top : administration.tree()) {
        read(top, null);
        top.children().forEach(child -> read(child, top));
      }
    }
    if (category == null) {
      Actions.confirm("This category no longer exists.");
      redirect("/admin/categories/");
      return;
    }
    name = category.name();
    parentId = category.parentId();
  }

  private void read(CategoryRow row, CategoryRow parent) {
    if (row.id() == id) {
      category = row;
    }
    boolean insideThis = row.id() == id || (parent != null && parent.id() == id);
    if (!insideThis) {
      replacements.add(
          new Choice(row.id(), parent == null ? row.name() : parent.name() + " › " + row.name()));
    }
    if (parent == null && row.id() != id) {
      parents.add(row);
    }
  }

  public void rename() throws IOException {
    if (Actions.succeeded(() -> administration.rename(id, category.version(), name))) {
      Actions.confirm("Renamed to “" + name.strip() + "”.");
      redirect("/admin/categories/edit?id=" + id);
    }
  }

  public void move() throws IOException {
    if (Actions.succeeded(() -> administration.move(id, category.version(), parentId))) {
      Actions.confirm("Moved “" + category.name() + "”.");
      redirect("/admin/categories/edit?id=" + id);
    }
  }

  public void retire() throws IOException {
    if (replacementId == null) {
      Actions.error("replacementId", "Choose the category its listings move to.");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (Actions.succeeded(() -> administration.retire(id, category.version(), replacementId))) {
      Actions.confirm("Retired “" + category.name() + "”; its listings moved.");
      redirect("/admin/categories/");
    }
  }

  private static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  public CategoryRow getCategory() {
    return category;
  }

  public List<CategoryRow> getParents() {
    return parents;
  }

  public List<Choice> getReplacements() {
    return replacements;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Long getReplacementId() {
    return replacementId;
  }

  public void setReplacementId(Long replacementId) {
    this.replacementId = replacementId;
  }
}
