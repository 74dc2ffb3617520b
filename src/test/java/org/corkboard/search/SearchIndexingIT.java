package org.corkboard.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.ListingMaintenance;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.search.boundary.IndexUpdates;
import org.corkboard.search.boundary.SearchIndex;
import org.corkboard.search.boundary.SearchIndexer;
import org.corkboard.search.control.ListingIndex;
import org.corkboard.search.control.ListingSearch;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.control.SearchResults;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The index follows the database: a published listing is found soon after its commit, an edited one
 * by its new words, and a closed, deleted or draft listing never; a rebuild from the database finds
 * the same.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SearchIndexingIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SearchIndexingIT.class, ListingForms.class);
  }

  @Inject Listings listings;
  @Inject SearchIndex index;
  @Inject Categories categories;
  @Inject TestAccounts testAccounts;
  @Inject SearchIndexer indexer;
  @Inject TestListings testListings;
  @Inject ListingMaintenance maintenance;
  @Inject Clock clock;

  private Account owner;
  private String word;

  @BeforeEach
  void createOwnerAndAWordNobodyElseUses() {
    owner = testAccounts.create("indexed");
    word = randomWord();
  }

  @Test
  void aPublishedListingIsFoundAndAnEditedOneByItsNewWords() throws Exception {
    long id = as(owner.getUsername(), USER, () -> listings.post(form("Oak bookshelf " + word)));
    awaitIds(word, ids -> ids.equals(List.of(id)));

    String other = randomWord();
    var listing = as(owner.getUsername(), USER, () -> listings.editable(id));
    as(
        owner.getUsername(),
        USER,
        run(
            () ->
                listings.update(
                    id,
                    ListingForms.edit(listing, "Pine bookshelf " + other, new BigDecimal("45")))));
    awaitIds(other, ids -> ids.equals(List.of(id)));
    awaitIds(word, List::isEmpty);
  }

  @Test
  void closedExpiredDeletedAndDraftListingsAreNotFound() throws Exception {
    long closed = as(owner.getUsername(), USER, () -> listings.post(form("Lamp to close " + word)));
    long expired =
        as(owner.getUsername(), USER, () -> listings.post(form("Lamp to expire " + word)));
    long deleted =
        as(owner.getUsername(), USER, () -> listings.post(form("Lamp to delete " + word)));
    long draft =
        as(owner.getUsername(), USER, () -> listings.saveDraft(form("Draft lamp " + word)));
    awaitIds(word, ids -> ids.size() == 3);
    assertThat(ids(word)).containsExactlyInAnyOrder(closed, expired, deleted).doesNotContain(draft);

    as(owner.getUsername(), USER, run(() -> listings.close(closed, false)));
    testListings.moveExpiry(expired, clock.instant().minusSeconds(60));
    maintenance.expireDue();
    as(owner.getUsername(), USER, run(() -> listings.delete(deleted)));
    awaitIds(word, List::isEmpty);
  }

  @Test
  void aRebuildFromTheDatabaseFindsThePublicListings() throws Exception {
    long shown = as(owner.getUsername(), USER, () -> listings.post(form("Walnut desk " + word)));
    as(owner.getUsername(), USER, () -> listings.saveDraft(form("Walnut chair " + word)));
    awaitIds(word, ids -> ids.equals(List.of(shown)));

    index.rebuild();

    assertThat(ids(word)).containsExactly(shown);
  }

  @Test
  void aNodeWhoseIndexIsDeletedRebuildsItAndARestartedOneCatchesUp() throws Exception {
    long kept = as(owner.getUsername(), USER, () -> listings.post(form("Maple table " + word)));
    long closed = as(owner.getUsername(), USER, () -> listings.post(form("Maple stool " + word)));
    as(owner.getUsername(), USER, () -> listings.saveDraft(form("Maple bench " + word)));
    Path folder = Files.createTempDirectory("index");

    try (ListingIndex fresh = ListingIndex.open(folder)) {
      new IndexUpdates(fresh, indexer, clock, () -> {}).start();
      fresh.refresh();
      assertThat(ids(fresh, word)).containsExactlyInAnyOrder(kept, closed);
      fresh.commit(clock.millis());
    }

    // While the node is down, one listing is closed and another is published.
    as(owner.getUsername(), USER, run(() -> listings.close(closed, false)));
    long added = as(owner.getUsername(), USER, () -> listings.post(form("Maple shelf " + word)));

    try (ListingIndex restarted = ListingIndex.open(folder)) {
      assertThat(restarted.needsRebuild()).as("an index of the current format is kept").isFalse();
      new IndexUpdates(restarted, indexer, clock, () -> {}).start();
      restarted.refresh();
      assertThat(ids(restarted, word)).containsExactlyInAnyOrder(kept, added);
    }
  }

  /** A word no other listing has, nor one within a typo of it. */
  private static String randomWord() {
    return IndexedIds.randomWord();
  }

  private List<Long> ids(ListingIndex index, String text) throws Exception {
    SearchResults results = new ListingSearch(index).search(SearchRequest.of(text, Instant.now()));
    return results.hits().stream().map(SearchResults.Hit::id).toList();
  }

  private List<Long> ids(String text) {
    return new IndexedIds(index).of(text);
  }

  private void awaitIds(String text, Predicate<List<Long>> expected) throws InterruptedException {
    new IndexedIds(index).await(text, expected);
  }

  private ListingForm form(String title) {
    long category = categories.bySlug("bikes").orElseThrow().id();
    return ListingForms.item(
        ListingType.FOR_SALE,
        category,
        title,
        "Solid wood, in good shape.",
        PriceMode.FIXED,
        new BigDecimal("40"));
  }
}
