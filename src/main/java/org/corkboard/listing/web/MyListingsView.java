package org.corkboard.listing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.corkboard.listing.boundary.MyListings;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.platform.web.Actions;

/** listing/mine.xhtml: one's own listings in every state; renew or close several at once. */
@Named
@ViewScoped
public class MyListingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MyListings mine;

  private List<ListingCard> listings;
  private HashMap<Long, String> holdReasons;
  private List<ListingCard> selected = new ArrayList<>();

  public void load() {
    listings = mine.all();
    holdReasons = new HashMap<>(mine.holdReasons());
  }

  public String renewSelected() {
    return bulk(true);
  }

  public String closeSelected() {
    return bulk(false);
  }

  private String bulk(boolean renew) {
    if (selected.isEmpty()) {
      Actions.error(null, "Select the listings first.");
      return null;
    }
    List<Long> ids = selected.stream().map(ListingCard::id).toList();
    if (!Actions.succeeded(
        () -> {
          if (renew) {
            mine.renewAll(ids);
          } else {
            mine.closeAll(ids);
          }
        })) {
      return null;
    }
    Actions.confirm(
        (renew ? "Renewed " : "Closed ")
            + ids.size()
            + (ids.size() == 1 ? " listing." : " listings."));
    return "/listing/mine?faces-redirect=true";
  }

  /** Why the listing is hidden, if it is. */
  public String holdReason(long id) {
    return holdReasons.getOrDefault(id, "");
  }

  public long count(String status) {
    return listings.stream().filter(l -> l.status() == ListingStatus.valueOf(status)).count();
  }

  public List<ListingCard> getListings() {
    return listings;
  }

  public List<ListingCard> getSelected() {
    return selected;
  }

  public void setSelected(List<ListingCard> selected) {
    this.selected = selected;
  }
}
