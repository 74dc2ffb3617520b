package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.web.CategoryLook;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.boundary.Browsing.CategoryPage;
import org.corkboard.listing.boundary.Browsing.Tile;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.listing.entity.Sort;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What browsing shows: which listings a category page holds, in which order, page by page. */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class BrowsingIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(BrowsingIT.class);
  }

  @Inject Browsing browsing;
  @Inject Listings listings;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject CategoryLook look;

  private Account seller;

  @BeforeEach
  void createSeller() {
    seller = testAccounts.create("browse");
  }

  @Test
  void aTopLevelCategoryShowsItsSubCategoriesListingsNewestFirst() throws Exception {
    long bike = post("bikes", "Touring bike", PriceMode.FIXED, "300");
    long book = post("books-media", "Cookbook collection", PriceMode.FIXED, "15");
    long lamp = post("bikes", "Bike lamp set", PriceMode.NEGOTIABLE, "20");

    assertThat(ids(page("for-sale", Sort.NEWEST, 1)).subList(0, 3))
        .containsExactly(lamp, book, bike);
    assertThat(ids(page("bikes", Sort.NEWEST, 1))).contains(lamp, bike).doesNotContain(book);
    assertThat(ids(page("books-media", Sort.NEWEST, 1))).contains(book).doesNotContain(bike);
    assertThat(ids(page("free-stuff", Sort.NEWEST, 1))).doesNotContain(bike, book, lamp);
  }

  @Test
  void sortingByPriceShowsOnlyPricedListingsInPriceOrder() throws Exception {
    long dear = post("bikes", "Carbon racing bike", PriceMode.FIXED, "2500");
    long cheap = post("bikes", "Bike bell", PriceMode.FIXED, "0.50");
    long free = post("bikes", "Old inner tubes", PriceMode.FREE, null);

    for (String slug : List.of("bikes", "for-sale")) {
      CategoryPage low = page(slug, Sort.PRICE_LOW, 1);
      CategoryPage high = page(slug, Sort.PRICE_HIGH, 1);
      assertThat(amounts(low)).isSortedAccordingTo(Comparator.naturalOrder());
      assertThat(amounts(high)).isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(ids(low)).doesNotContain(free);
      assertThat(ids(high)).doesNotContain(free);
      assertThat(page(slug, Sort.NEWEST, 1).total()).isGreaterThan(low.total());
    }
    assertThat(ids(page("bikes", Sort.PRICE_LOW, 1)).get(0)).isEqualTo(cheap);
    assertThat(ids(page("bikes", Sort.PRICE_HIGH, 1)).get(0)).isEqualTo(dear);
  }

  @Test
  void pagesFollowOneAnotherWithoutGapsOrRepeats() throws Exception {
    postMoreThanAPage("bikes");
    CategoryPage first = page("for-sale", Sort.NEWEST, 1);
    assertThat(first.total()).isGreaterThan(Browsing.PAGE_SIZE);
    assertThat(first.pages())
        .isEqualTo((first.total() + Browsing.PAGE_SIZE - 1) / Browsing.PAGE_SIZE);

    List<ListingCard> all = new ArrayList<>();
    for (int p = 1; p <= first.pages(); p++) {
      all.addAll(page("for-sale", Sort.NEWEST, p).cards());
    }
    assertThat(all).hasSize((int) first.total());
    assertThat(ids(all)).doesNotHaveDuplicates();
    assertThat(all)
        .isSortedAccordingTo(
            Comparator.comparing(ListingCard::publishedAt)
                .thenComparing(ListingCard::id)
                .reversed());
    assertThat(page("for-sale", Sort.NEWEST, first.pages() + 5).page()).isEqualTo(first.pages());
    assertThat(page("for-sale", Sort.NEWEST, -3).page()).isEqualTo(1);
  }

  @Test
  void theHomeTilesCountActiveListingsOfTheWholeCategory() throws Exception {
    long before = tile("for-sale");
    post("bikes", "Kids bike", PriceMode.FIXED, "40");
    post("books-media", "Crime novels", PriceMode.FIXED, "8");
    assertThat(tile("for-sale")).isEqualTo(before + 2);
  }

  @Test
  void countsFollowEachListingThatStartsOrStopsBeingListed() throws Exception {
    long inBikes = page("bikes", Sort.NEWEST, 1).total();
    long pricedInBikes = page("bikes", Sort.PRICE_LOW, 1).total();
    long forSale = tile("for-sale");

    long posted = post("bikes", "Folding bike", PriceMode.FIXED, "120");
    assertThat(page("bikes", Sort.NEWEST, 1).total()).isEqualTo(inBikes + 1);
    assertThat(page("bikes", Sort.PRICE_LOW, 1).total()).isEqualTo(pricedInBikes + 1);
    assertThat(tile("for-sale")).isEqualTo(forSale + 1);

    as(seller.getUsername(), USER, run(() -> listings.close(posted, false)));
    assertThat(page("bikes", Sort.NEWEST, 1).total()).isEqualTo(inBikes);
    assertThat(page("bikes", Sort.PRICE_LOW, 1).total()).isEqualTo(pricedInBikes);
    assertThat(tile("for-sale")).isEqualTo(forSale);
  }

  @Test
  void aListingWithoutPicturesShowsThePlaceholderOfItsTopLevelCategory() {
    assertThat(look.top("bikes")).isEqualTo("for-sale");
    assertThat(look.icon("bikes")).isEqualTo("pi-tag");
    assertThat(look.top("housing")).isEqualTo("housing");
    assertThat(look.icon("housing")).isEqualTo("pi-home");
  }

  @Test
  void theListingPageShowsTheSellersOtherListingsNewestFirst() throws Exception {
    List<Long> posted = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      posted.add(post("books-media", "Paperback number " + i, PriceMode.FIXED, "3"));
    }
    long shown = posted.get(7);
    var page = anonymously(() -> listings.page(shown)).orElseThrow();
    assertThat(page.seller().username()).isEqualTo(seller.getUsername());
    assertThat(ids(page.sellerListings()))
        .containsExactly(
            posted.get(6),
            posted.get(5),
            posted.get(4),
            posted.get(3),
            posted.get(2),
            posted.get(1));
  }

  /**
   * Enough listings for a second page, even on an empty database; several sellers, as each may post
   * only a few an hour.
   */
  private void postMoreThanAPage(String category) throws Exception {
    int perSeller = 8;
    for (int i = 0; i <= Browsing.PAGE_SIZE; i++) {
      if (i % perSeller == 0) {
        seller = testAccounts.create("browse");
      }
      post(category, "Bicycle part number " + i, PriceMode.FIXED, String.valueOf(10 + i));
    }
  }

  private long post(String category, String title, PriceMode mode, String amount) throws Exception {
    ListingForm form =
        ListingForms.item(
            mode == PriceMode.FREE ? ListingType.FREE : ListingType.FOR_SALE,
            categories.bySlug(category).orElseThrow().id(),
            title,
            title + ", in good order; collect from the office.",
            mode,
            amount == null ? null : new BigDecimal(amount));
    return as(seller.getUsername(), USER, () -> listings.post(form));
  }

  private CategoryPage page(String slug, Sort sort, int page) throws Exception {
    return anonymously(() -> browsing.category(slug, sort, page)).orElseThrow();
  }

  private long tile(String slug) throws Exception {
    return anonymously(browsing::tiles).stream()
        .filter(t -> t.slug().equals(slug))
        .mapToLong(Tile::count)
        .findFirst()
        .orElseThrow();
  }

  private static List<Long> ids(CategoryPage page) {
    return ids(page.cards());
  }

  private static List<Long> ids(List<ListingCard> cards) {
    return cards.stream().map(ListingCard::id).toList();
  }

  private static List<BigDecimal> amounts(CategoryPage page) {
    return page.cards().stream().map(card -> card.price().getAmount()).toList();
  }
}
