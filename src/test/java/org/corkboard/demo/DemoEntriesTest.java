package org.corkboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.demo.DemoFixtures.LIFETIME;
import static org.corkboard.demo.DemoFixtures.NOW;

import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.junit.jupiter.api.Test;

class DemoEntriesTest {

  @Test
  void everyPlannedListingPassesTheRulesOfPostingAndEndsInItsState() {
    List<Account> people = DemoFixtures.people();
    Map<String, Category> categories = DemoFixtures.categories();

    for (Entry entry : DemoFixtures.plan()) {
      Category category = categories.get(entry.template().category());
      List<CategoryField> fields = DefaultTree.fieldsOf(entry.template().top());
      Account owner = people.get(entry.owner());

      Listing listing =
          DemoEntries.write(
              entry, owner, category, fields, new ListingRules(RuntimeSettings.withoutDatabase()));
      DemoEntries.live(listing, entry, LIFETIME);

      assertThat(listing.getStatus()).as(listing.getTitle()).isEqualTo(entry.status());
      assertThat(listing.getTitle()).doesNotContain("{").hasSizeBetween(5, 100);
      assertThat(listing.getLocation().display()).isNotBlank();
      assertThat(listing.getLocation().isOnMap()).as(listing.getLocation().display()).isTrue();
      assertThat(listing.getDetails().keySet())
          .containsAll(
              fields.stream()
                  .filter(CategoryField::isRequired)
                  .map(CategoryField::getKey)
                  .toList());
      if (entry.status() == ListingStatus.ACTIVE) {
        assertThat(listing.expireIfDue(NOW)).isFalse();
        assertThat(
                listing.needsReminder(
                    NOW, new ListingRules(RuntimeSettings.withoutDatabase()).reminderBefore()))
            .isFalse();
      }
    }
  }

  @Test
  void listingsNearASiteSayWhichSite() {
    List<Account> people = DemoFixtures.people();
    Map<String, Category> categories = DemoFixtures.categories();
    Entry entry =
        DemoFixtures.plan().stream()
            .filter(e -> e.template().category().equals("commute"))
            .findFirst()
            .orElseThrow();
    Account owner = people.get(entry.owner());

    Listing listing =
        DemoEntries.write(
            entry,
            owner,
            categories.get("commute"),
            DefaultTree.fieldsOf("rides"),
            new ListingRules(RuntimeSettings.withoutDatabase()));

    assertThat(listing.getLocation().getSite()).isSameAs(owner.getHomeSite());
    assertThat(listing.getDetails().get("to")).isEqualTo(owner.getHomeSite().getName());
  }
}
