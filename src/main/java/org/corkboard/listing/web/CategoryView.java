package org.corkboard.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.boundary.Browsing.CategoryPage;
import org.corkboard.listing.entity.Sort;
import org.corkboard.platform.Pages;

/** category.xhtml?c=slug&amp;sort=price-low&amp;page=2: a category's listings, paged. */
@Named
@RequestScoped
public class CategoryView {

  @Inject Browsing browsing;

  private String c;
  private String sort;
  private int page = 1;
  private CategoryPage result;

  public void load() throws IOException {
    result = browsing.category(c, sortOf(sort), page).orElse(null);
    if (result == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(404, "No such category");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  static Sort sortOf(String parameter) {
    return switch (parameter == null ? "" : parameter) {
      case "price-low" -> Sort.PRICE_LOW;
      case "price-high" -> Sort.PRICE_HIGH;
      default -> Sort.NEWEST;
    };
  }

  public List<Integer> getPageLinks() {
    return Pages.links(result.page(), result.pages());
  }

  public String sortParameter() {
    return sort == null ? "" : sort;
  }

  public CategoryPage getResult() {
    return result;
  }

  public String getC() {
    return c;
  }

  public void setC(String c) {
    this.c = c;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
