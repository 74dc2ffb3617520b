package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what to a listing: anonymous, the owner, another user, a moderator, an admin. */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ListingAccessIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ListingAccessIT.class);
  }

  @Inject Listings listings;
  @Inject org.corkboard.listing.boundary.ListingPictures pictures;
  @Inject org.corkboard.listing.boundary.MyListings myListings;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;

  private Account owner;
  private Account other;
  private Account moderator;
  private Account admin;

  @BeforeEach
  void createPeople() {
    owner = testAccounts.create("seller");
    other = testAccounts.create("other");
    moderator = testAccounts.create("mod", Role.MODERATOR);
    admin = testAccounts.create("admin", Role.ADMIN);
  }

  @Test
  void aVerifiedUserPostsAListingThatEveryoneCanSee() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Red city bike")));
    var page = anonymously(() -> listings.page(id)).orElseThrow();
    assertThat(page.listing().getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(page.listing().getPrice().display()).isEqualTo("€120.00");
    assertThat(page.mayEdit()).isFalse();
    assertThat(as(owner.getUsername(), USER, () -> listings.page(id)).orElseThrow().mayEdit())
        .isTrue();
  }

  @Test
  void anonymousCannotPost() {
    assertThatThrownBy(() -> anonymously(() -> listings.post(bike("Anonymous bike"))))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anUnverifiedUserCannotPost() {
    Account unverified = testAccounts.createUnverified("fresh");
    assertThatThrownBy(
            () -> as(unverified.getUsername(), USER, () -> listings.post(bike("Fresh bike"))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Confirm your e-mail address");
  }

  @Test
  void onlyOwnerModeratorOrAdminMayEdit() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Blue bike")));
    assertThatThrownBy(
            () ->
                as(
                    other.getUsername(),
                    USER,
                    run(() -> listings.update(id, edited(id, "Stolen bike")))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> anonymously(run(() -> listings.update(id, edited(id, "Anonymous bike")))))
        .isInstanceOf(EJBAccessException.class);

    as(
        owner.getUsername(),
        USER,
        run(() -> listings.update(id, edited(id, "Blue bike, new tyres"))));
    as(
        moderator.getUsername(),
        MODERATOR,
        run(() -> listings.update(id, edited(id, "Blue bike (moderated)"))));
    as(
        admin.getUsername(),
        ADMIN,
        run(() -> listings.update(id, edited(id, "Blue bike (fixed by admin)"))));
    assertThat(testListings.reload(id).getTitle()).isEqualTo("Blue bike (fixed by admin)");
  }

  @Test
  void onlyOwnerModeratorOrAdminMayCloseRenewOrDelete() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Green bike")));
    for (Runnable action :
        new Runnable[] {
          () -> listings.close(id, true), () -> listings.renew(id), () -> listings.delete(id)
        }) {
      assertThatThrownBy(() -> as(other.getUsername(), USER, run(action)))
          .isInstanceOf(Forbidden.class);
      assertThatThrownBy(() -> anonymously(run(action))).isInstanceOf(EJBAccessException.class);
    }
    as(moderator.getUsername(), MODERATOR, run(() -> listings.renew(id)));
    as(owner.getUsername(), USER, run(() -> listings.close(id, true)));
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.SOLD);
    as(admin.getUsername(), ADMIN, run(() -> listings.delete(id)));
    assertThat(testListings.exists(id)).isFalse();
  }

  @Test
  void onlyOwnerModeratorOrAdminManagePictures() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Bike with pictures")));
    long first = as(owner.getUsername(), USER, () -> pictures.add(id, TestImages.png(400, 300)));
    long second = as(owner.getUsername(), USER, () -> pictures.add(id, TestImages.png(300, 400)));

    for (Runnable action :
        new Runnable[] {
          () -> pictures.add(id, TestImages.png(200, 200)),
          () -> pictures.move(id, second, 0),
          () -> pictures.remove(id, first)
        }) {
      assertThatThrownBy(() -> as(other.getUsername(), USER, run(action)))
          .isInstanceOf(Forbidden.class);
      assertThatThrownBy(() -> anonymously(run(action))).isInstanceOf(EJBAccessException.class);
    }
    assertThat(as(owner.getUsername(), USER, () -> pictures.ids(id)))
        .containsExactly(first, second);

    as(moderator.getUsername(), MODERATOR, run(() -> pictures.move(id, second, 0)));
    as(admin.getUsername(), ADMIN, run(() -> pictures.remove(id, first)));
    assertThat(as(owner.getUsername(), USER, () -> pictures.ids(id))).containsExactly(second);
    assertThat(testListings.reload(id).getCoverPictureId()).isEqualTo(second);
  }

  @Test
  void somethingThatIsNotAPictureIsRefusedAndNothingIsKept() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Bike without pictures")));
    byte[] html =
        "<html><body>not a picture</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> as(owner.getUsername(), USER, () -> pictures.add(id, html)))
        .isInstanceOf(Refused.class)
        .hasMessage("This file is not a JPEG, PNG or WebP picture.");
    assertThat(as(owner.getUsername(), USER, () -> pictures.ids(id))).isEmpty();
  }

  @Test
  void aDraftsPicturesAreServedOnlyToThoseWhoMaySeeIt() throws Exception {
    long id =
        as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Draft bike with a picture")));
    long picture = as(owner.getUsername(), USER, () -> pictures.add(id, TestImages.png(400, 300)));

    assertThat(anonymously(() -> pictures.image(picture, true))).isEmpty();
    assertThat(as(other.getUsername(), USER, () -> pictures.image(picture, true))).isEmpty();
    assertThat(as(owner.getUsername(), USER, () -> pictures.image(picture, true)))
        .hasValueSatisfying(
            image -> assertThat(image.forEveryone()).as("cached publicly").isFalse());
    as(owner.getUsername(), USER, run(() -> listings.publish(id)));
    assertThat(anonymously(() -> pictures.image(picture, false)))
        .hasValueSatisfying(image -> assertThat(image.forEveryone()).isTrue());
  }

  @Test
  void aDraftIsSeenOnlyByItsOwnerAndStaff() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Draft bike")));
    assertThat(anonymously(() -> listings.page(id))).isEmpty();
    assertThat(as(other.getUsername(), USER, () -> listings.page(id))).isEmpty();
    assertThat(as(owner.getUsername(), USER, () -> listings.page(id))).isPresent();
    assertThat(as(moderator.getUsername(), MODERATOR, () -> listings.page(id))).isPresent();
  }

  @Test
  void aClosedListingStaysVisibleByItsLink() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Old bike")));
    as(owner.getUsername(), USER, run(() -> listings.close(id, false)));
    assertThat(anonymously(() -> listings.page(id)))
        .hasValueSatisfying(
            page -> assertThat(page.listing().getStatus()).isEqualTo(ListingStatus.CLOSED));
  }

  @Test
  void aStaleEditIsRefusedAndTheNewerOneKept() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Yellow bike")));
    ListingForm first = edited(id, "Yellow bike, first edit");
    ListingForm second = edited(id, "Yellow bike, second edit");
    as(owner.getUsername(), USER, run(() -> listings.update(id, first)));
    assertThatThrownBy(
            () -> as(moderator.getUsername(), MODERATOR, run(() -> listings.update(id, second))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Someone changed this listing");
    assertThat(testListings.reload(id).getTitle()).isEqualTo("Yellow bike, first edit");
  }

  @Test
  void theSameListingCannotBePostedTwice() throws Exception {
    as(owner.getUsername(), USER, () -> listings.post(bike("Twin bike")));
    assertThatThrownBy(() -> as(owner.getUsername(), USER, () -> listings.post(bike("Twin bike"))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("already have a listing with this title");
    assertThat(as(other.getUsername(), USER, () -> listings.post(bike("Twin bike")))).isPositive();
  }

  @Test
  void postingIsLimitedPerHour() throws Exception {
    for (int i = 1; i <= 10; i++) {
      String title = "Book number " + i;
      as(owner.getUsername(), USER, () -> listings.saveDraft(bike(title)));
    }
    assertThatThrownBy(
            () -> as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Book number 11"))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("in the last hour");
    assertThat(as(other.getUsername(), USER, () -> listings.saveDraft(bike("Book number 11"))))
        .isPositive();
  }

  @Test
  void theNumberOfActiveListingsIsLimited() throws Exception {
    long draft = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("One too many")));
    testListings.activeListingsFor(owner.getId(), 50);
    assertThatThrownBy(() -> as(owner.getUsername(), USER, run(() -> listings.publish(draft))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("50 active listings");
    assertThat(testListings.reload(draft).getStatus()).isEqualTo(ListingStatus.DRAFT);
  }

  @Test
  void aDraftWhosePublishingIsRefusedKeepsItsEditsUnsaved() throws Exception {
    long draft = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Draft over limit")));
    var before = testListings.reload(draft);
    testListings.activeListingsFor(owner.getId(), 50);
    ListingForm edits = edited(draft, "Draft over limit, edited");

    assertThatThrownBy(
            () -> as(owner.getUsername(), USER, run(() -> listings.updateAndPublish(draft, edits))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("50 active listings");

    var after = testListings.reload(draft);
    assertThat(after.getStatus()).isEqualTo(ListingStatus.DRAFT);
    assertThat(after.getTitle()).isEqualTo("Draft over limit");
    assertThat(after.getPrice().display()).isEqualTo(before.getPrice().display());
    assertThat(after.getCondition()).isEqualTo(before.getCondition());
    assertThat(after.getVersion()).isEqualTo(before.getVersion());
    // The same form, sent again, is no conflict: nothing was saved in between.
    as(owner.getUsername(), USER, run(() -> listings.update(draft, edits)));
    assertThat(testListings.reload(draft).getTitle()).isEqualTo("Draft over limit, edited");
  }

  @Test
  void aDraftIsEditedAndPublishedInOneStep() throws Exception {
    long draft = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Draft to publish")));
    ListingForm edits = edited(draft, "Draft to publish, edited");
    as(owner.getUsername(), USER, run(() -> listings.updateAndPublish(draft, edits)));
    var published = testListings.reload(draft);
    assertThat(published.getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(published.getTitle()).isEqualTo("Draft to publish, edited");
    assertThatThrownBy(
            () ->
                as(
                    other.getUsername(),
                    USER,
                    run(() -> listings.updateAndPublish(draft, edited(draft, "Not theirs")))))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void myListingsBulkActionsAreAllOrNothing() throws Exception {
    long mine = as(owner.getUsername(), USER, () -> listings.post(bike("My bulk bike")));
    long theirs = as(other.getUsername(), USER, () -> listings.post(bike("Their bulk bike")));
    assertThatThrownBy(
            () ->
                as(
                    owner.getUsername(),
                    USER,
                    run(() -> myListings.closeAll(java.util.List.of(mine, theirs)))))
        .isInstanceOf(Forbidden.class);
    assertThat(testListings.reload(mine).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(testListings.reload(theirs).getStatus()).isEqualTo(ListingStatus.ACTIVE);

    as(owner.getUsername(), USER, run(() -> myListings.closeAll(java.util.List.of(mine))));
    assertThat(testListings.reload(mine).getStatus()).isEqualTo(ListingStatus.CLOSED);
    assertThatThrownBy(() -> anonymously(() -> myListings.all()))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void aPriceIsRequiredForSaleAndRefusedForWanted() {
    ListingForm noPrice = form(ListingType.FOR_SALE, "Bike without price", PriceMode.FIXED, null);
    assertThatThrownBy(() -> as(owner.getUsername(), USER, () -> listings.post(noPrice)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Enter a price");
    ListingForm pricedWanted =
        form(ListingType.WANTED, "Wanted: a bike", PriceMode.FIXED, new BigDecimal("50"));
    assertThatThrownBy(() -> as(owner.getUsername(), USER, () -> listings.post(pricedWanted)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("cannot have this kind of price");
  }

  @Test
  void aCategorysExtraFieldsAreChecked() {
    long housing = categories.bySlug("rooms").orElseThrow().id();
    ListingForm room =
        new ListingForm(
            ListingType.FOR_RENT,
            "Room near the campus",
            "Sunny room.",
            housing,
            PriceMode.FIXED,
            new BigDecimal("450"),
            "EUR",
            null,
            null,
            "Berlin",
            "10115",
            Map.of("rooms", "many", "available", "2026-12-01"),
            0);
    assertThatThrownBy(() -> as(owner.getUsername(), USER, () -> listings.post(room)))
        .isInstanceOf(Refused.class)
        .hasMessage("Rooms: Enter a number.");
  }

  private ListingForm bike(String title) {
    return form(ListingType.FOR_SALE, title, PriceMode.FIXED, new BigDecimal("120"));
  }

  private ListingForm form(ListingType type, String title, PriceMode mode, BigDecimal amount) {
    long bikes = categories.bySlug("bikes").orElseThrow().id();
    return ListingForms.item(
        type, bikes, title, "A fine bike, ridden to work for two years.", mode, amount);
  }

  private ListingForm edited(long id, String title) {
    return ListingForms.edit(testListings.reload(id), title, new BigDecimal("99"));
  }
}
