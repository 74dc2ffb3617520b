package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.ListingPictures;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Form;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged requests to every listing form are refused and change nothing: each form is first sent in
 * every {@link Forgery}, then for real, which must still work. Runs in the server to read back what
 * the pages do not show (such as when a listing expires).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ListingForgeryIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ListingForgeryIT.class).addClasses(WebClient.class, Forgery.class);
  }

  @Inject Listings listings;
  @Inject ListingPictures pictures;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;

  private Account owner;
  private WebClient browser;

  @BeforeEach
  void signIn() throws Exception {
    owner = testAccounts.create("owner");
    browser = signedIn(owner);
  }

  @Test
  void forgedOwnerActionsChangeNothing() throws Exception {
    long id = post("Forged-at bike");
    Instant expires = soonExpiring(id);
    Page page = browser.get("/listing/view?id=" + id);
    for (String action : List.of("renew", "markSold", "close", "delete")) {
      Forgery.allRefused(() -> browser.form(page, "owner"), action);
    }
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(testListings.reload(id).getExpiresAt()).isEqualTo(expires);

    Page renewed = browser.submit(page, "owner", Map.of(), "renew");
    assertThat(testListings.reload(id).getExpiresAt()).isAfter(expires);
    Page closed = browser.submit(renewed, "owner", Map.of(), "close");
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.CLOSED);
    browser.submit(closed, "owner", Map.of(), "delete");
    assertThat(testListings.exists(id)).isFalse();
  }

  @Test
  void aForgedMarkAsSoldChangesNothing() throws Exception {
    long id = post("Sold-by-forgery bike");
    Page page = browser.get("/listing/view?id=" + id);
    Forgery.FOREIGN_ORIGIN.isRefused(browser.form(page, "owner"), "markSold");
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.ACTIVE);

    browser.submit(page, "owner", Map.of(), "markSold");
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.SOLD);
  }

  @Test
  void aRequestFromSomeoneWhoNeverSawThePageIsRefused() throws Exception {
    long id = post("Blind bike");
    for (String path : List.of("/listing/view.xhtml", "/listings/" + id + "/blind-bike")) {
      for (String action : List.of("close", "delete")) {
        Page answer =
            browser.post(
                path,
                Map.of(
                    "owner", "owner", "id", "" + id, action, "", Forgery.VIEW_STATE, "stateless"));
        Forgery.assertRefused(answer, action + " at " + path);
      }
    }
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.ACTIVE);
  }

  @Test
  void aFormTokenOfAnotherSessionIsRefused() throws Exception {
    long id = post("Bike of someone else");
    String colleaguesToken =
        signedIn(testAccounts.create("colleague")).get("/").hiddenFields("nav").get(Forgery.TOKEN);
    Page page = browser.get("/listing/view?id=" + id);
    assertThat(page.hiddenFields("owner").get(Forgery.TOKEN))
        .isNotBlank()
        .isNotEqualTo(colleaguesToken);
    Page answer = browser.form(page, "owner").set(Forgery.TOKEN, colleaguesToken).press("close");
    Forgery.assertRefused(answer, "close with the token of another session");
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.ACTIVE);
  }

  @Test
  void aForgedNewListingIsNotPosted() throws Exception {
    Page page = browser.get("/listing/edit");
    for (String button : List.of("publish", "saveDraft")) {
      Forgery.allRefused(() -> browser.form(page, "listing").set(fields("New bike")), button);
    }
    assertThat(testListings.statusesOf(owner.getId())).isEmpty();

    Page posted = browser.submit(page, "listing", fields("New bike"), "publish");
    assertThat(posted.html()).contains("Your listing is online.");
    assertThat(testListings.statusesOf(owner.getId())).containsExactly(ListingStatus.ACTIVE);
  }

  @Test
  void aForgedEditChangesNothing() throws Exception {
    long id = post("Bike before the edit");
    Page page = browser.get("/listing/edit?id=" + id);
    Forgery.allRefused(() -> browser.form(page, "listing").set(fields("Forged title")), "publish");
    assertThat(testListings.reload(id).getTitle()).isEqualTo("Bike before the edit");

    browser.submit(page, "listing", fields("Bike after the edit"), "publish");
    assertThat(testListings.reload(id).getTitle()).isEqualTo("Bike after the edit");
  }

  @Test
  void aForgedPublishingLeavesTheDraft() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Draft bike")));
    Page page = browser.get("/listing/edit?id=" + id);
    for (String button : List.of("publish", "saveDraft")) {
      Forgery.allRefused(() -> browser.form(page, "listing").set(fields("Forged draft")), button);
    }
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.DRAFT);
    assertThat(testListings.reload(id).getTitle()).isEqualTo("Draft bike");

    browser.submit(page, "listing", fields("Draft bike"), "publish");
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.ACTIVE);
  }

  @Test
  void forgedPictureChangesChangeNothing() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Bike with pictures")));
    as(owner.getUsername(), USER, () -> pictures.add(id, TestImages.png(400, 300)));
    as(owner.getUsername(), USER, () -> pictures.add(id, TestImages.png(300, 400)));
    List<Long> before = as(owner.getUsername(), USER, () -> pictures.ids(id));
    Page page = browser.get("/listing/edit?id=" + id);
    String remove = page.buttonId("cb-remove");
    String move = page.buttonId("cb-move-right");
    for (Forgery forgery : Forgery.values()) {
      assertAjaxRefused(ajax(forgery.applyTo(upload(page)), "pictureUpload"), forgery);
      assertAjaxRefused(
          ajaxPress(forgery.applyTo(browser.form(page, "picturesForm")), remove), forgery);
      assertAjaxRefused(
          ajaxPress(forgery.applyTo(browser.form(page, "picturesForm")), move), forgery);
    }
    assertThat(as(owner.getUsername(), USER, () -> pictures.ids(id))).isEqualTo(before);

    Page removed = ajaxPress(browser.form(page, "picturesForm"), remove);
    assertThat(as(owner.getUsername(), USER, () -> pictures.ids(id))).as(removed.html()).hasSize(1);
    Page uploaded = ajax(upload(page), "pictureUpload");
    assertThat(as(owner.getUsername(), USER, () -> pictures.ids(id)))
        .as(uploaded.html())
        .hasSize(2);
  }

  @Test
  void forgedBulkActionsChangeNothing() throws Exception {
    long first = post("First bulk bike");
    long second = post("Second bulk bike");
    Instant expires = soonExpiring(first);
    Page page = browser.get("/listing/mine");
    Map<String, String> both = Map.of("listings_selection", first + "," + second);
    for (String button : List.of("renewSelected", "closeSelected")) {
      Forgery.allRefused(() -> browser.form(page, "mine").set(both), button);
    }
    assertThat(testListings.reload(first).getExpiresAt()).isEqualTo(expires);
    assertThat(testListings.statusesOf(owner.getId()))
        .containsExactly(ListingStatus.ACTIVE, ListingStatus.ACTIVE);

    browser.submit(page, "mine", both, "closeSelected");
    assertThat(testListings.statusesOf(owner.getId()))
        .containsExactly(ListingStatus.CLOSED, ListingStatus.CLOSED);
  }

  private long post(String title) throws Exception {
    return as(owner.getUsername(), USER, () -> listings.post(bike(title)));
  }

  /** Lets the listing expire tomorrow, so that renewing it shows; returns the expiry. */
  private Instant soonExpiring(long id) {
    testListings.moveExpiry(id, Instant.now().plus(1, ChronoUnit.DAYS));
    return testListings.reload(id).getExpiresAt();
  }

  private ListingForm bike(String title) {
    long bikes = categories.bySlug("bikes").orElseThrow().id();
    return ListingForms.item(
        ListingType.FOR_SALE, bikes, title, "Ridden to work.", PriceMode.FIXED, BigDecimal.TEN);
  }

  /** What a person chooses and types in the listing form. */
  private Map<String, String> fields(String title) {
    return Map.of(
        "type",
        "FOR_SALE",
        "priceMode",
        "FIXED",
        "priceCurrency",
        "EUR",
        "title",
        title,
        "description",
        "Ridden to work.",
        "categoryId",
        "" + categories.bySlug("bikes").orElseThrow().id(),
        "priceAmount",
        "10",
        "city",
        "Berlin",
        "postalCode",
        "10115");
  }

  private Form upload(Page page) {
    return browser
        .form(page, "picturesForm")
        .file("pictureUpload", TestImages.png(320, 240))
        .set("pictureUpload_totalFilesCount", "1");
  }

  /** Sends the form as PrimeFaces' script does for an Ajax request of the component. */
  private static Page ajax(Form form, String source) throws Exception {
    return form.set("jakarta.faces.partial.ajax", "true")
        .set("jakarta.faces.source", source)
        .set("jakarta.faces.partial.execute", source)
        .send();
  }

  /** The same for a button, which names itself in the request, as a pressed button does. */
  private static Page ajaxPress(Form form, String button) throws Exception {
    return ajax(form.set(button, button), button);
  }

  private static void assertAjaxRefused(Page answer, Forgery forgery) {
    assertThat(answer.status()).as(forgery.name()).isEqualTo(403);
  }

  private static WebClient signedIn(Account account) throws Exception {
    return WebClient.signedIn(account.getUsername(), TestAccounts.PASSWORD);
  }
}
