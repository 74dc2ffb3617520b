package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listing's page answers at one address, /listings/{id}/{slug}: every other address of it moves
 * there with a 301, and actions that end on the page go straight there. The listings are made
 * through the services; the pages are asked over HTTP, as a browser does.
 */
@ExtendWith(ArquillianExtension.class)
class ListingAddressIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ListingAddressIT.class).addClass(WebClient.class);
  }

  @Inject Listings listings;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;

  private final HttpClient noRedirects = HttpClient.newHttpClient();
  private Account owner;

  @BeforeEach
  void createOwner() {
    owner = testAccounts.create("addresses");
  }

  @Test
  void everyOtherAddressOfAListingMovesPermanentlyToItsOwn() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Red city bike")));
    String own = "/listings/" + id + "/red-city-bike";

    for (String other :
        List.of(
            "/listing/view?id=" + id,
            "/listing/view.xhtml?id=" + id,
            "/listings/" + id,
            "/listings/" + id + "/",
            "/listings/" + id + "/blue-city-bike",
            own + "/")) {
      HttpResponse<String> moved = get(other);
      assertThat(moved.statusCode()).as(other).isEqualTo(301);
      assertThat(moved.headers().firstValue("Location")).as(other).hasValueSatisfying(at(own));
    }
    HttpResponse<String> page = get(own);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Red city bike");

    Page followed = new WebClient().get("/listing/view?id=" + id);
    assertThat(followed.status()).isEqualTo(200);
    assertThat(followed.url()).isEqualTo(WebClient.BASE + own);
    assertThat(followed.redirects()).isEqualTo(1);
  }

  @Test
  void anEditedTitleMovesTheAddressAndTheOldOneFollows() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Green city bike")));
    as(
        owner.getUsername(),
        USER,
        run(() -> listings.update(id, retitled(id, "Green touring bike"))));

    HttpResponse<String> moved = get("/listings/" + id + "/green-city-bike");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location"))
        .hasValueSatisfying(at("/listings/" + id + "/green-touring-bike"));
  }

  @Test
  void postsAreNotRedirected() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Yellow city bike")));
    for (String path : List.of("/listings/" + id + "/wrong", "/listing/view.xhtml?id=" + id)) {
      HttpResponse<String> response =
          noRedirects.send(
              HttpRequest.newBuilder(URI.create(WebClient.BASE + path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("id=" + id))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isNotEqualTo(301);
    }
  }

  @Test
  void aDraftsAddressIsNotRevealedToOthers() throws Exception {
    long draft = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Secret draft bike")));
    for (String path : List.of("/listing/view?id=" + draft, "/listings/" + draft + "/x")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
    }
    assertThat(get("/listings/999999999/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void publishingADraftGoesStraightToItsOwnAddress() throws Exception {
    long draft = as(owner.getUsername(), USER, () -> listings.saveDraft(bike("Blue city bike")));
    WebClient browser = signedIn();

    Page published =
        browser.submit(
            browser.get("/listing/edit?id=" + draft), "listing", formOf(draft), "publish");

    assertThat(published.url())
        .isEqualTo(WebClient.BASE + "/listings/" + draft + "/blue-city-bike");
    assertThat(published.redirects()).as("one redirect, straight to it").isEqualTo(1);
    assertThat(published.html()).contains("Your listing is online.");
  }

  @Test
  void anOwnersActionOnThePageGoesStraightBackToItsOwnAddress() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(bike("Silver city bike")));
    WebClient browser = signedIn();
    String own = WebClient.BASE + "/listings/" + id + "/silver-city-bike";

    Page renewed = browser.submit(browser.get(own), "owner", Map.of(), "renew");

    assertThat(renewed.url()).isEqualTo(own);
    assertThat(renewed.redirects()).isEqualTo(1);
    assertThat(renewed.html()).contains("Renewed: your listing now runs until");
  }

  private WebClient signedIn() throws Exception {
    WebClient browser = new WebClient();
    browser.submit(
        browser.get("/account/sign-in"),
        "signIn",
        Map.of("identifier", owner.getUsername(), "password", TestAccounts.PASSWORD),
        "submit");
    return browser;
  }

  /** The edit form's fields as a person fills them in (its hidden fields come from the page). */
  private Map<String, String> formOf(long id) {
    var listing = testListings.reload(id);
    return Map.of(
        "type",
        listing.getType().name(),
        "title",
        listing.getTitle(),
        "categoryId",
        String.valueOf(listing.getCategory().getId()),
        "description",
        listing.getDescription(),
        "priceMode",
        "FIXED",
        "priceAmount",
        "120",
        "priceCurrency",
        "EUR",
        "city",
        "Berlin");
  }

  /** A Location header naming the path, relative or with the server's address before it. */
  private static java.util.function.Consumer<String> at(String path) {
    return location -> assertThat(location).isIn(path, WebClient.BASE + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return noRedirects.send(
        HttpRequest.newBuilder(URI.create(WebClient.BASE + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private ListingForm bike(String title) {
    long bikes = categories.bySlug("bikes").orElseThrow().id();
    return ListingForms.item(
        ListingType.FOR_SALE,
        bikes,
        title,
        "Ridden to work for two years.",
        PriceMode.FIXED,
        new BigDecimal("120"));
  }

  private ListingForm retitled(long id, String title) {
    return ListingForms.edit(testListings.reload(id), title, new BigDecimal("120"));
  }
}
