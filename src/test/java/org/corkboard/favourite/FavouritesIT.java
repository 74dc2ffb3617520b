package org.corkboard.favourite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.favourite.boundary.Favourites;
import org.corkboard.favourite.boundary.Favourites.Marks;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.notification.boundary.NotificationEntry;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Identities;
import org.corkboard.testing.SmtpInbox;
import org.corkboard.testing.SqlCounter;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may save what to their favourites, and who hears of a saved listing's changes: those who
 * saved it, once per change, never its owner; a raise tells nobody.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class FavouritesIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(FavouritesIT.class, TestListings.class);
  }

  @Inject Favourites favourites;
  @Inject Listings listings;
  @Inject Notifications notifications;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject SqlCounter sql;

  private Account owner;
  private Account fan;
  private Account otherFan;

  @BeforeEach
  void createPeople() {
    owner = testAccounts.create("seller");
    fan = testAccounts.create("fan");
    otherFan = testAccounts.create("otherfan");
  }

  @Test
  void savingIsIdempotentAndRemovingTouchesOnlyOnesOwn() throws Exception {
    long id = post("Red city bike", "120");
    as(fan, () -> favourites.add(id));
    as(fan, () -> favourites.add(id));
    as(otherFan, () -> favourites.add(id));
    assertThat(cardsOf(fan)).extracting(ListingCard::id).containsExactly(id);

    as(fan, () -> favourites.remove(id));
    as(fan, () -> favourites.remove(id));
    assertThat(cardsOf(fan)).isEmpty();
    assertThat(cardsOf(otherFan)).extracting(ListingCard::id).containsExactly(id);
  }

  @Test
  void nobodySavesTheirOwnListing() throws Exception {
    long id = post("Own bike", "120");
    assertRefused(owner, id, "This is your own listing");
    long draft = as(owner, () -> listings.saveDraft(bike("Own draft bike", "80")));
    assertRefused(owner, draft, "This is your own listing");
    assertThat(cardsOf(owner)).isEmpty();
  }

  @Test
  void onlyListingsThatAreUpCanBeSaved() throws Exception {
    long draft = as(owner, () -> listings.saveDraft(bike("Someone's draft bike", "80")));
    assertRefused(fan, draft, "There is no such listing.");
    assertRefused(fan, Long.MAX_VALUE, "There is no such listing.");
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    assertThatThrownBy(
            () ->
                Identities.as(moderator.getUsername(), MODERATOR, run(() -> favourites.add(draft))))
        .as("staff may see a draft, but not save it")
        .isInstanceOf(Refused.class)
        .hasMessageContaining("no longer up");
    long closed = post("Closed bike", "90");
    as(owner, () -> listings.close(closed, false));
    assertRefused(fan, closed, "This listing is no longer up");
    assertThat(cardsOf(fan)).isEmpty();
  }

  @Test
  void anonymousVisitorsAreRefusedByTheService() throws Exception {
    long id = post("Anonymously wanted bike", "60");
    for (Callable<?> call :
        List.<Callable<?>>of(
            run(() -> favourites.add(id)),
            run(() -> favourites.remove(id)),
            () -> favourites.mine(1),
            () -> favourites.marks(List.of(id)))) {
      assertThatThrownBy(() -> anonymously(call)).isInstanceOf(EJBAccessException.class);
    }
  }

  @Test
  void theHeartsOfAPageCostOneQuery() throws Exception {
    long saved = post("Saved bike", "100");
    long notSaved = post("Unsaved bike", "100");
    long own = as(fan, () -> listings.post(bike("Fan's own bike", "50")));
    as(fan, () -> favourites.add(saved));
    Marks marks;
    try (var count = sql.reading(Listing.class)) {
      marks = as(fan, () -> favourites.marks(List.of(saved, notSaved, own)));
      assertThat(count.statements()).isEqualTo(1);
    }
    assertThat(marks.favoured()).containsExactly(saved);
    assertThat(marks.own()).containsExactly(own);
  }

  @Test
  void endedFavouritesStayAndDeletedOnesGo() throws Exception {
    long sold = post("Sold bike", "100");
    long deleted = post("Deleted bike", "100");
    as(fan, () -> favourites.add(sold));
    as(fan, () -> favourites.add(deleted));
    as(owner, () -> listings.close(sold, true));
    as(owner, () -> listings.delete(deleted));

    assertThat(testListings.exists(deleted)).isFalse();
    assertThat(cardsOf(fan))
        .extracting(ListingCard::id, ListingCard::status)
        .containsExactly(tuple(sold, ListingStatus.SOLD));
    assertThat(as(fan, () -> favourites.mine(1)).total()).isEqualTo(1);
  }

  @Test
  void aLowerPriceTellsEachFanOnceAndNeverTheOwner() throws Exception {
    long id = post("Blue bike", "120");
    as(fan, () -> favourites.add(id));
    as(otherFan, () -> favourites.add(id));
    reprice(id, "90");

    for (Account person : List.of(fan, otherFan)) {
      assertThat(favouriteNews(person))
          .extracting(NotificationEntry::text, NotificationEntry::link)
          .containsExactly(
              tuple(
                  "Your favourite “Blue bike”: Price lowered from €120 to €90.",
                  "/listings/" + id));
    }
    assertThat(favouriteNews(owner)).isEmpty();
  }

  @Test
  void aRaiseOrAnotherChangeTellsNobody() throws Exception {
    long id = post("Green bike", "120");
    as(fan, () -> favourites.add(id));
    reprice(id, "150");
    Listing listing = testListings.reload(id);
    as(
        owner,
        () ->
            listings.update(
                id, ListingForms.edit(listing, "Green bike, new tyres", new BigDecimal("150"))));
    assertThat(favouriteNews(fan)).isEmpty();
  }

  @Test
  void becomingFreeTellsTheFans() throws Exception {
    long id = as(owner, () -> listings.post(service("Bike repairs", PriceMode.FIXED, "50", 0)));
    as(fan, () -> favourites.add(id));
    long version = testListings.reload(id).getVersion();
    as(owner, () -> listings.update(id, service("Bike repairs", PriceMode.FREE, null, version)));
    assertThat(favouriteNews(fan))
        .extracting(NotificationEntry::text)
        .containsExactly("Your favourite “Bike repairs”: Now free (was €50).");
  }

  @Test
  void soldAndClosedTellTheFans() throws Exception {
    long sold = post("Yellow bike", "120");
    long closed = post("Purple bike", "120");
    as(fan, () -> favourites.add(sold));
    as(fan, () -> favourites.add(closed));
    as(owner, () -> listings.close(sold, true));
    as(owner, () -> listings.close(closed, false));
    assertThat(favouriteNews(fan))
        .extracting(NotificationEntry::text)
        .containsExactlyInAnyOrder(
            "Your favourite “Yellow bike”: It has been sold.",
            "Your favourite “Purple bike”: Its owner closed it: it is no longer available.");
    assertThat(favouriteNews(owner)).isEmpty();
  }

  @Test
  void theMailSaysWhatChangedAndLinksToTheListing() throws Exception {
    try (SmtpInbox inbox = SmtpInbox.start()) {
      long id = post("Orange bike", "120");
      as(fan, () -> favourites.add(id));
      reprice(id, "90");
      var mail = inbox.await(fan.getEmail(), 1);
      assertThat(SmtpInbox.subject(mail)).isEqualTo("Price lowered: “Orange bike”");
      assertThat(SmtpInbox.body(mail))
          .contains("Price lowered from €120 to €90.")
          .contains("/listings/" + id);
      assertThat(inbox.settled(owner.getEmail())).isEmpty();
    }
  }

  private long post(String title, String price) throws Exception {
    return as(owner, () -> listings.post(bike(title, price)));
  }

  private void reprice(long id, String price) throws Exception {
    Listing listing = testListings.reload(id);
    as(
        owner,
        () ->
            listings.update(
                id, ListingForms.edit(listing, listing.getTitle(), new BigDecimal(price))));
  }

  private ListingForm bike(String title, String price) {
    return ListingForms.bike(categories, title, new BigDecimal(price));
  }

  private ListingForm service(String title, PriceMode mode, String price, long version) {
    long bikes = categories.bySlug("bikes").orElseThrow().id();
    return new ListingForm(
        ListingType.SERVICE,
        title,
        "Brakes, gears and flat tyres.",
        bikes,
        mode,
        price == null ? null : new BigDecimal(price),
        price == null ? null : "EUR",
        null,
        null,
        "Berlin",
        "10115",
        Map.of(),
        version);
  }

  private List<ListingCard> cardsOf(Account person) throws Exception {
    return as(person, () -> favourites.mine(1)).cards();
  }

  private List<NotificationEntry> favouriteNews(Account person) throws Exception {
    return as(person, () -> notifications.mine(0, 50)).stream()
        .filter(n -> n.kind() == NotificationKind.FAVOURITE_CHANGED)
        .toList();
  }

  private void assertRefused(Account person, long listingId, String message) {
    assertThatThrownBy(() -> as(person, () -> favourites.add(listingId)))
        .isInstanceOf(Refused.class)
        .hasMessageStartingWith(message);
  }

  /** Calls the service as the person, signed in as an employee. */
  private static <T> T as(Account person, Callable<T> call) throws Exception {
    return Identities.as(person.getUsername(), USER, call);
  }

  private static void as(Account person, Runnable call) throws Exception {
    Identities.as(person.getUsername(), USER, run(call));
  }
}
