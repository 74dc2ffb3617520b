package org.corkboard.listing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.ListingPictures;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.listing.entity.Slugs;
import org.corkboard.platform.Refused;
import org.corkboard.platform.web.Actions;
import org.primefaces.event.FileUploadEvent;

/**
 * listing/edit.xhtml: posting a new listing (no id) or editing one (?id=). A new listing is
 * published at once, or saved as a draft to add pictures first.
 */
@Named
@ViewScoped
public class ListingEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String OFF_THE_MAP =
      "We could not place this town on the map; it will not show up in distance searches.";

  @Inject Listings listings;
  @Inject ListingPictures pictures;
  @Inject Categories categories;
  @Inject AccountSettings settings;

  private Long id;
  private long version;
  private ListingStatus status;
  private ListingType type = ListingType.FOR_SALE;
  private String title;
  private String description;
  private Long categoryId;
  private PriceMode priceMode = PriceMode.FIXED;
  private BigDecimal priceAmount;
  private String priceCurrency = "EUR";
  private Condition condition;
  private Long siteId;
  private String city;
  private String postalCode;
  private Map<String, String> details = new HashMap<>();
  private List<Long> pictureIds = new ArrayList<>();
  private boolean townOffTheMap;

  public void load() {
    if (id == null) {
      var home = settings.mine().getHomeSite();
      siteId = home == null ? null : home.getId();
      return;
    }
    Listing listing = listings.editable(id);
    version = listing.getVersion();
    status = listing.getStatus();
    type = listing.getType();
    title = listing.getTitle();
    description = listing.getDescription();
    categoryId = listing.getCategory().getId();
    priceMode = listing.getPrice().getMode();
    priceAmount = listing.getPrice().getAmount();
    priceCurrency =
        listing.getPrice().getCurrency() == null ? "EUR" : listing.getPrice().getCurrency();
    condition = listing.getCondition();
    siteId =
        listing.getLocation().getSite() == null ? null : listing.getLocation().getSite().getId();
    city = listing.getLocation().getCity();
    postalCode = listing.getLocation().getPostalCode();
    townOffTheMap = listing.getLocation().isTownOffTheMap();
    details = new HashMap<>(listing.getDetails());
    pictureIds = new ArrayList<>(pictures.ids(id));
  }

  /** Publishes a new listing, or saves the changes to an existing one. */
  public String publish() {
    if (id == null) {
      Long[] created = new Long[1];
      if (!Actions.succeeded(() -> created[0] = listings.post(form()))) {
        return null;
      }
      saved("Your listing is online.", created[0]);
      return ListingAddress.show(created[0], Slugs.of(title));
    }
    boolean draft = status == ListingStatus.DRAFT;
    Runnable save =
        draft ? () -> listings.updateAndPublish(id, form()) : () -> listings.update(id, form());
    if (!Actions.succeeded(save)) {
      return null;
    }
    saved(draft ? "Your listing is online." : "Your changes are saved.", id);
    return ListingAddress.show(id, Slugs.of(title));
  }

  /**
   * Saves a draft (e.g. to add pictures) and stays on this page, which says beside the city when
   * the town could not be placed on the map.
   */
  public String saveDraft() {
    if (id == null) {
      Long[] created = new Long[1];
      if (!Actions.succeeded(() -> created[0] = listings.saveDraft(form()))) {
        return null;
      }
      Actions.confirm("Draft saved. Add pictures, then publish.");
      return "/listing/edit?faces-redirect=true&id=" + created[0];
    }
    if (!Actions.succeeded(() -> listings.update(id, form()))) {
      return null;
    }
    Actions.confirm("Draft saved.");
    return "/listing/edit?faces-redirect=true&id=" + id;
  }

  /**
   * Confirms a publication or edit (or says that the word list holds it for review), and says so
   * when the town could not be placed on the map: the listing is saved all the same. Where it is
   * placed is the service's decision, so it is read back.
   */
  private void saved(String confirmation, long listingId) {
    Listing saved = listings.editable(listingId);
    Actions.confirm(
        saved.getHold() == ListingHold.WORD_LIST
            ? "Saved, but not online yet. " + saved.getHoldReason()
            : confirmation);
    if (saved.getLocation().isTownOffTheMap()) {
      Actions.confirm(OFF_THE_MAP);
    }
  }

  public void upload(FileUploadEvent event) {
    byte[] content = event.getFile().getContent();
    if (Actions.succeeded(() -> pictures.add(id, content))) {
      refreshPictures();
    }
  }

  public void move(long pictureId, int position) {
    if (Actions.succeeded(() -> pictures.move(id, pictureId, position))) {
      refreshPictures();
    }
  }

  public void removePicture(long pictureId) {
    if (Actions.succeeded(() -> pictures.remove(id, pictureId))) {
      refreshPictures();
    }
  }

  /** Picture changes are the editor's own: the form continues on the listing's new version. */
  private void refreshPictures() {
    pictureIds = new ArrayList<>(pictures.ids(id));
    version = listings.editable(id).getVersion();
  }

  /** When the type changes, its price modes and whether a condition applies change too. */
  public void typeChanged() {
    if (!type.allows(priceMode)) {
      priceMode = type.priceModes().iterator().next();
    }
    if (!type.hasCondition()) {
      condition = null;
    }
  }

  private ListingForm form() {
    return new ListingForm(
        type,
        title,
        description,
        categoryId,
        priceMode,
        priceAmount,
        priceCurrency,
        condition,
        siteId,
        city,
        postalCode,
        details,
        version);
  }

  /** The card as it will look, for the live preview. */
  public String getPreviewPrice() {
    try {
      String price = Price.of(priceMode, priceAmount, priceCurrency).display();
      return price.isEmpty() ? type.label() : price;
    } catch (Refused incomplete) {
      return "Price to be entered";
    }
  }

  public List<CategoryField> getFields() {
    return categoryId == null
        ? List.of()
        : categories.find(categoryId).map(categories::fieldsFor).orElse(List.of());
  }

  public List<Categories.Choice> getCategoryChoices() {
    return categories.choices();
  }

  public ListingType[] getTypes() {
    return ListingType.values();
  }

  public List<PriceMode> getPriceModes() {
    return new ArrayList<>(type.priceModes());
  }

  public Condition[] getConditions() {
    return Condition.values();
  }

  public List<String> getCurrencies() {
    return Price.CURRENCIES.stream().sorted().toList();
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isDraft() {
    return status == ListingStatus.DRAFT;
  }

  public boolean isMorePicturesAllowed() {
    return pictureIds.size() < org.corkboard.listing.control.PictureStore.MAX_PICTURES;
  }

  public boolean isTownOffTheMap() {
    return townOffTheMap;
  }

  public String getOffTheMapNote() {
    return OFF_THE_MAP;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ListingStatus getStatus() {
    return status;
  }

  public ListingType getType() {
    return type;
  }

  public void setType(ListingType type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public PriceMode getPriceMode() {
    return priceMode;
  }

  public void setPriceMode(PriceMode priceMode) {
    this.priceMode = priceMode;
  }

  public BigDecimal getPriceAmount() {
    return priceAmount;
  }

  public void setPriceAmount(BigDecimal priceAmount) {
    this.priceAmount = priceAmount;
  }

  public String getPriceCurrency() {
    return priceCurrency;
  }

  public void setPriceCurrency(String priceCurrency) {
    this.priceCurrency = priceCurrency;
  }

  public Condition getCondition() {
    return condition;
  }

  public void setCondition(Condition condition) {
    this.condition = condition;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public Map<String, String> getDetails() {
    return details;
  }

  public List<Long> getPictureIds() {
    return pictureIds;
  }
}
