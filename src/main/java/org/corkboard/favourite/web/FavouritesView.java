package org.corkboard.favourite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.favourite.boundary.Favourites;
import org.corkboard.favourite.boundary.Favourites.FavouritesPage;

/** account/favourites.xhtml?page=2: the listings the person saved, newest first, paged. */
@Named
@RequestScoped
public class FavouritesView {

  @Inject Favourites favourites;

  private int page = 1;
  private FavouritesPage result;

  /** The page of favourites, read once per request. */
  public FavouritesPage getResult() {
    if (result == null) {
      result = favourites.mine(page);
    }
    return result;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
