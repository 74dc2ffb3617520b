package org.corkboard.category.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.Categories.Node;

/** category.xhtml?c=slug: one category with its sub-categories. */
@Named
@RequestScoped
public class CategoryView {

  @Inject Categories categories;

  private String c;
  private Node category;

  public void load() throws IOException {
    category = categories.bySlug(c).orElse(null);
    if (category == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(404, "No such category");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Node getCategory() {
    return category;
  }

  public String getC() {
    return c;
  }

  public void setC(String c) {
    this.c = c;
  }
}
