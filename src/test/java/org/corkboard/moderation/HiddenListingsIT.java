package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.moderation.TestModeration.as;
import static org.corkboard.moderation.TestModeration.asModerator;

import jakarta.inject.Inject;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.favourite.boundary.Favourites;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.search.IndexedIds;
import org.corkboard.search.boundary.SearchIndex;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hidden listing leaves the search index, the owner's public page and the favourites of others,
 * and is seen by its link only by its owner and staff; shown again, it is everywhere again.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class HiddenListingsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(
        HiddenListingsIT.class, TestListings.class, Chats.class, IndexedIds.class);
  }

  @Inject Reports reports;
  @Inject Decisions decisions;
  @Inject Listings listings;
  @Inject Browsing browsing;
  @Inject Favourites favourites;
  @Inject SearchIndex index;
  @Inject TestAccounts testAccounts;
  @Inject TestModeration moderation;
  @Inject Chats chats;

  @Test
  void aHiddenListingIsFoundNowhereUntilItIsShownAgain() throws Exception {
    Account owner = testAccounts.create("owner");
    Account fan = testAccounts.create("fan");
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    String word = IndexedIds.randomWord();
    IndexedIds found = new IndexedIds(index);
    long id = chats.listingOf(owner, "Brass lamp " + word);
    as(fan, () -> favourites.add(id));
    found.await(word, ids -> ids.equals(List.of(id)));

    as(fan, () -> reports.report(SubjectKind.LISTING, id, ReportReason.PROHIBITED, null));
    long caseId = moderation.caseOf(SubjectKind.LISTING, id);
    asModerator(moderator, () -> decisions.decide(caseId, Verdict.HIDE, "Not allowed", null));

    found.await(word, List::isEmpty);
    assertThat(browsing.activeOf(owner.getUsername()))
        .extracting(ListingCard::id)
        .doesNotContain(id);
    assertThat(browsing.activeCards(List.of(id))).isEmpty();
    assertThat(browsing.newest(100)).extracting(ListingCard::id).doesNotContain(id);
    assertThat(as(fan, () -> favourites.mine(1)).cards()).isEmpty();
    assertThat(as(fan, () -> listings.maySee(id))).isFalse();
    assertThat(as(owner, () -> listings.maySee(id))).isTrue();

    as(owner, () -> reports.askForReview(id));
    asModerator(moderator, () -> decisions.decide(caseId, Verdict.RESTORE, "Fine after all", null));
    found.await(word, ids -> ids.equals(List.of(id)));
    assertThat(browsing.activeOf(owner.getUsername())).extracting(ListingCard::id).contains(id);
    assertThat(as(fan, () -> favourites.mine(1)).cards())
        .extracting(ListingCard::id)
        .containsExactly(id);
  }
}
