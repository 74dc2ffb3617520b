package org.corkboard.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.boundary.Browsing.Tile;
import org.corkboard.listing.entity.ListingCard;

/** index.xhtml: category tiles with counts, the newest listings and the free stuff. */
@Named
@RequestScoped
public class HomeView {

  static final int NEWEST = 12;
  static final int FREE = 6;

  @Inject Browsing browsing;

  private List<Tile> tiles;
  private List<ListingCard> newest;
  private List<ListingCard> free;

  public List<Tile> getTiles() {
    if (tiles == null) {
      tiles = browsing.tiles();
    }
    return tiles;
  }

  public List<ListingCard> getNewest() {
    if (newest == null) {
      newest = browsing.newest(NEWEST);
    }
    return newest;
  }

  public List<ListingCard> getFree() {
    if (free == null) {
      free = browsing.newestFree(FREE);
    }
    return free;
  }
}
