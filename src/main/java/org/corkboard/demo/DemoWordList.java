package org.corkboard.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.entity.Category;
import org.corkboard.listing.control.ListingCoordinates;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.wordlist.boundary.Screening;
import org.corkboard.wordlist.entity.ListedWord;
import org.corkboard.wordlist.entity.WordKind;
import org.corkboard.wordlist.entity.WordRule;

/**
 * A word on the administrators' list and a listing it held for review, so that the word list page
 * and the moderation queue show how the two work together: the listing is held as posting holds
 * one, with the same reason, and waits in the queue.
 */
@ApplicationScoped
public class DemoWordList {

  static final String WORD = "knockoff";
  static final String HELD_TITLE = "Knockoff designer handbag";

  @PersistenceContext EntityManager em;
  @Inject ListingRepository repository;
  @Inject ListingRules rules;
  @Inject Categories categories;
  @Inject Clock clock;

  public void load(Account admin, Account owner) {
    Instant now = clock.instant();
    WordRule rule = WordRule.of(WordKind.WORD, WORD);
    em.persist(
        new ListedWord(
            rule,
            "Counterfeit goods may not be sold on Corkboard.",
            admin.getUsername(),
            now.minus(Duration.ofDays(20))));
    Instant posted = now.minus(Duration.ofHours(2));
    Listing listing = repository.store(handbag(owner, posted));
    listing.publish(posted, rules.lifetime());
    String reason =
        Screening.holdReason(List.of(rule), listing.getTitle(), listing.getDescription())
            .orElseThrow();
    listing.hide(ListingHold.WORD_LIST, reason, posted);
    // The case as moderation opens one for a held listing; here in the demo's own transaction,
    // which has not committed the owner's account yet.
    ModerationCase waiting =
        new ModerationCase(SubjectKind.LISTING, listing.getId(), owner, posted);
    em.persist(waiting);
    waiting.heldForReview(posted);
  }

  private Listing handbag(Account owner, Instant posted) {
    Category clothing =
        categories.bySlug("clothing").flatMap(node -> categories.find(node.id())).orElseThrow();
    Listing listing = new Listing(owner, posted);
    listing.describe(
        ListingType.FOR_SALE,
        HELD_TITLE,
        "Looks just like the real thing, nobody will notice. Brown leather look, barely used.",
        clothing,
        Price.of(PriceMode.FIXED, new BigDecimal("45"), "EUR"),
        Condition.LIKE_NEW,
        ListingCoordinates.locate(owner.getHomeSite(), null, null),
        rules.details(categories.fieldsFor(clothing), Map.of()),
        posted);
    return listing;
  }
}
