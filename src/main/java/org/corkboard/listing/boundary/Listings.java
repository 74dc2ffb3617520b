package org.corkboard.listing.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.boundary.Profiles.PublicProfile;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.entity.Category;
import org.corkboard.listing.control.ListingCoordinates;
import org.corkboard.listing.control.ListingPublications;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingEnded;
import org.corkboard.listing.entity.ListingHeld;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingPicture;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceLowered;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.site.boundary.Sites;
import org.corkboard.wordlist.boundary.Screening;

/**
 * Posting and managing listings. Only people with a confirmed address post; only a listing's owner,
 * a moderator or an administrator change it. Each call is one transaction.
 *
 * <p>A lower price of an active listing and its end (sold or closed) are announced as CDI events
 * inside that transaction, for features that tell others of them without this one knowing them; so
 * is a listing held for review because its text matched the word list when it was published or
 * edited (moderation queues it).
 */
@Stateless
public class Listings {

  @Inject ListingRepository repository;
  @Inject ListingRules rules;
  @Inject ListingPublications publications;
  @Inject MeterRegistry registry;
  @Inject CurrentAccount current;
  @Inject Categories categories;
  @Inject Sites sites;
  @Inject Clock clock;
  @Inject Event<PriceLowered> priceLowered;
  @Inject Event<ListingEnded> ended;
  @Inject Event<ListingHeld> held;
  @Inject Screening screening;

  /** Saves a new draft and returns its id. */
  @RolesAllowed(Role.USER_NAME)
  public long saveDraft(@NotNull @Valid ListingForm form) {
    Account owner = poster();
    Instant now = clock.instant();
    if (repository.countCreatedSince(owner, now.minusSeconds(3600)) >= rules.maxPerHour()) {
      throw new Refused(
          "You have posted "
              + rules.maxPerHour()
              + " listings in the last hour; please wait a little.");
    }
    Listing listing = new Listing(owner, now);
    describe(listing, form, now);
    refuseTwin(listing, now);
    return repository.store(listing).getId();
  }

  /** Saves a new listing and publishes it at once; returns its id. */
  @RolesAllowed(Role.USER_NAME)
  public long post(@NotNull @Valid ListingForm form) {
    long id = saveDraft(form);
    publish(id);
    return id;
  }

  @RolesAllowed(Role.USER_NAME)
  public void update(long id, @NotNull @Valid ListingForm form) {
    Listing listing = changeable(id);
    if (listing.getVersion() != form.version()) {
      throw new Refused(
          "Someone changed this listing while you were editing it. Reload the page to see their changes, then edit again.");
    }
    Instant now = clock.instant();
    Price before = listing.getPrice();
    describe(listing, form, now);
    refuseTwin(listing, now);
    if (listing.getStatus() == ListingStatus.ACTIVE && heldForReview(listing, now)) {
      return;
    }
    if (listing.getStatus() == ListingStatus.ACTIVE && listing.getPrice().isDropFrom(before)) {
      priceLowered.fire(new PriceLowered(listing, before));
    }
  }

  /**
   * Saves the edits to a draft and publishes it, as one transaction: when publishing is refused,
   * the edits are not kept either, and the form can be sent again as it is.
   */
  @RolesAllowed(Role.USER_NAME)
  public void updateAndPublish(long id, @NotNull @Valid ListingForm form) {
    update(id, form);
    publish(id);
  }

  @RolesAllowed(Role.USER_NAME)
  public void publish(long id) {
    Listing listing = changeable(id);
    if (repository.countActive(listing.getOwner()) >= rules.maxActive()) {
      throw new Refused(
          "You have "
              + rules.maxActive()
              + " active listings, the most allowed. Close one before publishing another.");
    }
    Instant now = clock.instant();
    listing.publish(now, rules.lifetime());
    registry.counter("corkboard.listings.published").increment();
    if (!heldForReview(listing, now)) {
      publications.published(id);
    }
  }

  /** Holds the active listing for review if the word list finds something in its text. */
  private boolean heldForReview(Listing listing, Instant now) {
    Optional<String> reason = screening.holdReason(listing.getTitle(), listing.getDescription());
    reason.ifPresent(
        why -> {
          listing.hide(ListingHold.WORD_LIST, why, now);
          held.fire(new ListingHeld(listing));
        });
    return reason.isPresent();
  }

  /**
   * Renews the listing for a full lifetime; returns when it now expires. An expired listing comes
   * back as if new, so saved searches are asked about it again (each tells of it once at most).
   */
  @RolesAllowed(Role.USER_NAME)
  public Instant renew(long id) {
    Listing listing = changeable(id);
    boolean comesBack = listing.getStatus() == ListingStatus.EXPIRED;
    listing.renew(clock.instant(), rules.lifetime());
    if (comesBack) {
      publications.published(id);
    }
    return listing.getExpiresAt();
  }

  @RolesAllowed(Role.USER_NAME)
  public void close(long id, boolean sold) {
    Listing listing = changeable(id);
    if (sold) {
      listing.markSold(clock.instant());
    } else {
      listing.close(clock.instant());
    }
    ended.fire(new ListingEnded(listing));
  }

  /** Deletes the listing and its pictures for good. */
  @RolesAllowed(Role.USER_NAME)
  public void delete(long id) {
    repository.remove(changeable(id), clock.instant());
  }

  /** The listing for its page, if the caller may see it. */
  @PermitAll
  public Optional<ListingPage> page(long id) {
    Account viewer = viewer();
    return repository
        .find(id)
        .filter(l -> l.isVisibleTo(viewer, current.isStaff()))
        .map(
            l ->
                new ListingPage(
                    l,
                    repository.pictures(l).stream().map(ListingPicture::getId).toList(),
                    categories.fieldsFor(l.getCategory()),
                    PublicProfile.of(l.getOwner()),
                    mayChange(l, viewer),
                    repository.activeOfOwner(l.getOwner(), 7).stream()
                        .filter(card -> card.id() != l.getId())
                        .limit(6)
                        .toList()));
  }

  /** Whether the caller may see the listing (drafts are their owner's and staff's only). */
  @PermitAll
  public boolean maySee(long id) {
    Account viewer = viewer();
    return repository.find(id).filter(l -> l.isVisibleTo(viewer, current.isStaff())).isPresent();
  }

  private Account viewer() {
    return current.isSignedIn() ? current.account() : null;
  }

  /** The listing as its edit form needs it: only for those who may change it. */
  @RolesAllowed(Role.USER_NAME)
  public Listing editable(long id) {
    return changeable(id);
  }

  private Listing changeable(long id) {
    Listing listing =
        repository.find(id).orElseThrow(() -> new Forbidden("There is no such listing."));
    if (!mayChange(listing, current.account())) {
      throw new Forbidden("This is someone else's listing.");
    }
    return listing;
  }

  private boolean mayChange(Listing listing, Account viewer) {
    return viewer != null && (listing.getOwner().equals(viewer) || current.isStaff());
  }

  private Account poster() {
    return current.confirmedAccountToChange();
  }

  private void describe(Listing listing, ListingForm form, Instant now) {
    Category category =
        categories
            .find(form.categoryId())
            .orElseThrow(() -> new Refused("categoryId", "Choose one of the listed categories."));
    var site =
        form.siteId() == null
            ? null
            : sites
                .find(form.siteId())
                .orElseThrow(() -> new Refused("siteId", "Choose one of the listed sites."));
    listing.describe(
        form.type(),
        form.title(),
        form.description(),
        category,
        Price.of(form.priceMode(), form.priceAmount(), form.priceCurrency()),
        form.condition(),
        ListingCoordinates.locate(site, form.city(), form.postalCode()),
        rules.details(categories.fieldsFor(category), form.details()),
        now);
  }

  private void refuseTwin(Listing listing, Instant now) {
    if (repository.hasTwin(listing, now.minus(rules.duplicateWindow()))) {
      throw new Refused(
          "title",
          "You already have a listing with this title and text. Edit that one instead of posting it again.");
    }
  }
}
