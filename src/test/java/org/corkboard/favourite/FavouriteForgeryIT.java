package org.corkboard.favourite;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.favourite.boundary.Favourites;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.Identities;
import org.corkboard.testing.TestAccounts;
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
 * A heart's form without the session's token, with another's, or sent from another site is refused
 * and saves nothing; the real one saves, without script (redirect back) and with it (JSON).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class FavouriteForgeryIT {

  private static final Role[] USER = {Role.USER};
  private static final String HEART = "/favourites/heart";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(FavouriteForgeryIT.class, TestListings.class)
        .addClasses(WebClient.class, Forgery.class);
  }

  @Inject Favourites favourites;
  @Inject Listings listings;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;

  private Account fan;
  private WebClient browser;
  private long listing;

  @BeforeEach
  void aFanLooksAtAListing() throws Exception {
    Account owner = testAccounts.create("seller");
    listing =
        Identities.as(
            owner.getUsername(),
            USER,
            () -> listings.post(ListingForms.bike(categories, "Hearted bike", BigDecimal.TEN)));
    fan = testAccounts.create("fan");
    browser = WebClient.signedIn(fan.getUsername(), TestAccounts.PASSWORD);
  }

  @Test
  void forgedHeartsSaveNothing() throws Exception {
    Page page = browser.get("/listing/view?id=" + listing);
    assertThat(page.hiddenFields("heart")).containsEntry("saved", "true");
    Forgery.allRefused(() -> heart(page), "save", colleague());
    assertThat(saved()).isFalse();

    Page back = heart(page).press("save");
    assertThat(back.url()).contains("/listings/" + listing);
    assertThat(back.html()).contains("Saved to your favourites.").contains("aria-pressed=\"true\"");
    assertThat(saved()).isTrue();
  }

  @Test
  void forgedRemovalsRemoveNothing() throws Exception {
    Identities.as(fan.getUsername(), USER, Identities.run(() -> favourites.add(listing)));
    Page page = browser.get("/listing/view?id=" + listing);
    assertThat(page.hiddenFields("heart")).containsEntry("saved", "false");
    Forgery.allRefused(() -> heart(page), "remove", colleague());
    assertThat(saved()).isTrue();

    Page answer = heart(page).header("Accept", "application/json").send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.html()).isEqualTo("{\"saved\":false}");
    assertThat(saved()).isFalse();
  }

  @Test
  void aHeartWithoutAListingIsABadRequest() throws Exception {
    Page page = browser.get("/listing/view?id=" + listing);
    for (Map<String, String> bad :
        new Map[] {Map.of("listing", "bike"), Map.of("saved", "maybe"), Map.of("listing", "")}) {
      Page answer = heart(page).set(bad).press("save");
      assertThat(answer.status()).as(bad.toString()).isEqualTo(400);
      assertThat(answer.html()).doesNotContain("\tat ");
    }
    assertThat(saved()).isFalse();
  }

  /** The listing page's heart, sent where its form sends it. */
  private Form heart(Page page) {
    return browser.form(page, "heart").to(HEART);
  }

  private WebClient colleague() throws Exception {
    return WebClient.signedIn(
        testAccounts.create("colleague").getUsername(), TestAccounts.PASSWORD);
  }

  private boolean saved() throws Exception {
    return Identities.as(fan.getUsername(), USER, () -> favourites.mine(1)).cards().stream()
        .map(ListingCard::id)
        .anyMatch(id -> id == listing);
  }
}
