package org.corkboard.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.corkboard.account.boundary.Profiles.PublicProfile;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.listing.boundary.ListingPage;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Listing;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Settings;
import org.corkboard.platform.web.Actions;

/** listing/view.xhtml (reached as /listings/{id}/{slug}): one listing, and its owner's actions. */
@Named
@RequestScoped
public class ListingView {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /** The owner form's id, which a post of that form carries as a parameter. */
  private static final String OWNER_FORM = "owner";

  @Inject Listings listings;

  private Long id;
  private ListingPage page;

  public void load() throws IOException {
    if (getPage() == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(404, "No such listing");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    ListingAddress.movedPermanently(FacesContext.getCurrentInstance(), getListing());
  }

  public String renew() {
    Instant[] until = new Instant[1];
    return act(
        () -> until[0] = listings.renew(id),
        () -> "Renewed: your listing now runs until " + day(until[0]) + ".");
  }

  public String markSold() {
    return act(() -> listings.close(id, true), () -> "Marked as sold. Congratulations!");
  }

  public String close() {
    return act(() -> listings.close(id, false), () -> "Your listing is closed.");
  }

  public String delete() {
    if (!Actions.succeeded(() -> listings.delete(id))) {
      return null;
    }
    Actions.confirm("Your listing and its pictures are deleted.");
    return "/listing/mine?faces-redirect=true";
  }

  /** Calls the service; on success confirms (in words known only afterwards) and reloads. */
  private String act(Runnable action, Supplier<String> confirmation) {
    if (!Actions.succeeded(action)) {
      return null;
    }
    Actions.confirm(confirmation.get());
    return ListingAddress.show(id, getListing().slug());
  }

  /**
   * The listing, read once per request. Its id comes from the address on a GET and from the owner
   * form's hidden field on a POST (view parameters are applied too late for that).
   */
  public ListingPage getPage() {
    if (page == null) {
      String parameter =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      if (id == null && parameter != null && parameter.matches("\\d{1,18}")) {
        id = Long.valueOf(parameter);
      }
      page = id == null ? null : listings.page(id).orElse(null);
    }
    return page;
  }

  /**
   * Whether the page has the owner form: only for those who may change the listing, so that most
   * viewers never build its components. The page keeps no state, so a post of that form builds it
   * anew for its sender; from anyone else it would reach no button, so it is refused here.
   */
  public boolean isOwnerForm() {
    boolean mayEdit = getPage() != null && getPage().mayEdit();
    if (!mayEdit
        && FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .containsKey(OWNER_FORM)) {
      throw new Forbidden("Only its owner and moderators may change this listing.");
    }
    return mayEdit;
  }

  /** The extra fields the listing has values for, in the category's order. */
  public List<CategoryField> getFilledFields() {
    if (getPage() == null) {
      return List.of();
    }
    return getPage().fields().stream()
        .filter(f -> getListing().getDetails().containsKey(f.getKey()))
        .toList();
  }

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  /** The full address of this page, to share. */
  public String getShareUrl() {
    Listing listing = getListing();
    return Settings.baseUrl() + ListingAddress.path(listing.getId(), listing.slug());
  }

  /** The listing, or null on a post-back of another form of the page (such as signing out). */
  public Listing getListing() {
    return getPage() == null ? null : getPage().listing();
  }

  public PublicProfile getSeller() {
    return getPage() == null ? null : getPage().seller();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
