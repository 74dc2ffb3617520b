package org.corkboard.wordlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.TestModeration;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Identities;
import org.corkboard.testing.TestAccounts;
import org.corkboard.wordlist.boundary.WordEntry;
import org.corkboard.wordlist.boundary.WordList;
import org.corkboard.wordlist.entity.WordKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listing whose text the word list finds is held for review: its owner sees it and why, nobody
 * else finds it, it waits in the moderation queue, and a moderator publishes it. Entries are
 * checked, audited, and kept by administrators only. Each test lists words no other text has, and
 * removes them afterwards: the list applies to every listing on the server.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class WordListIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(
        WordListIT.class, TestListings.class, Chats.class, TestModeration.class);
  }

  @Inject WordList wordList;
  @Inject Listings listings;
  @Inject Browsing browsing;
  @Inject ModerationQueue queue;
  @Inject Decisions decisions;
  @Inject AuditLog auditLog;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject TestModeration moderation;
  @Inject Chats chats;

  private Account admin;
  private Account owner;
  private Account colleague;
  private Account moderator;
  private final List<Long> added = new ArrayList<>();

  @BeforeEach
  void people() {
    admin = testAccounts.create("admin", Role.ADMIN);
    owner = testAccounts.create("owner");
    colleague = testAccounts.create("colleague");
    moderator = testAccounts.create("moderator", Role.MODERATOR);
  }

  @AfterEach
  void removeTheWords() throws Exception {
    for (long id : added) {
      try {
        asAdmin(run(() -> wordList.remove(id)));
      } catch (Refused removedAlready) {
        // the test removed it itself
      }
    }
  }

  @Test
  void aListingWithAListedWordIsHeldSeenByItsOwnerQueuedAndPublished() throws Exception {
    String word = uniqueWord();
    add(WordKind.WORD, word, "Counterfeit goods");
    long id = chats.listingOf(owner, "Designer bag " + word.toUpperCase(Locale.ROOT));

    Listing held = testListings.reload(id);
    assertThat(held.getStatus()).isEqualTo(ListingStatus.HIDDEN);
    assertThat(held.getHold()).isEqualTo(ListingHold.WORD_LIST);
    assertThat(held.getHoldReason())
        .startsWith("Held for review because its title or description contains “")
        .contains(word.toUpperCase(Locale.ROOT));
    assertThat(as(owner, USER, () -> listings.maySee(id))).isTrue();
    assertThat(as(colleague, USER, () -> listings.maySee(id))).isFalse();
    assertThat(browsing.newest(100)).extracting(ListingCard::id).doesNotContain(id);
    assertThat(browsing.activeCards(List.of(id))).isEmpty();

    long caseId = moderation.caseOf(SubjectKind.LISTING, id);
    var entry = as(moderator, MODERATOR, () -> queue.waitingCase(caseId)).orElseThrow();
    assertThat(entry.subject().state()).startsWith("Pending review: Held for review because");
    assertThatThrownBy(() -> decide(caseId, Verdict.DISMISS, "Looks fine"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("publish it (show it again) or keep it hidden");

    decide(caseId, Verdict.RESTORE, "A brand name, not a fake.");
    assertThat(testListings.reload(id).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(as(colleague, USER, () -> listings.maySee(id))).isTrue();
    assertThat(as(moderator, MODERATOR, () -> queue.waitingCase(caseId))).isEmpty();
  }

  @Test
  void anEditThatBringsInAPatternHoldsTheListingAndAModeratorMayKeepItHidden() throws Exception {
    String stem = uniqueWord();
    add(WordKind.PATTERN, stem + "\\d{3}", null);
    long id = chats.listingOf(owner, "Garden chair " + stem);
    assertThat(testListings.reload(id).getStatus())
        .as("no digits yet")
        .isEqualTo(ListingStatus.ACTIVE);

    Listing active = testListings.reload(id);
    as(
        owner,
        USER,
        run(
            () ->
                listings.update(
                    id,
                    ListingForms.edit(active, "Garden chair " + stem + "123", BigDecimal.TEN))));
    assertThat(testListings.reload(id).getHold()).isEqualTo(ListingHold.WORD_LIST);

    decide(moderation.caseOf(SubjectKind.LISTING, id), Verdict.HIDE, "Not allowed here.");
    Listing hidden = testListings.reload(id);
    assertThat(hidden.getHold()).isEqualTo(ListingHold.MODERATOR);
    assertThat(hidden.getHoldReason()).isEqualTo("Not allowed here.");
  }

  @Test
  void entriesAreCheckedAndEachChangeIsAudited() throws Exception {
    String word = uniqueWord();
    long id = add(WordKind.WORD, word, "Spam");
    assertRefused(WordKind.WORD, word.toUpperCase(Locale.ROOT), "is on the list already");
    assertRefused(WordKind.PATTERN, "(unclosed", "This is not a regular expression");
    assertRefused(WordKind.PATTERN, "(.*a){20}", "takes too long");
    assertRefused(WordKind.PATTERN, "x".repeat(101), "Keep it to 100 characters");
    assertRefused(WordKind.PATTERN, "\\s*", "matches an empty text");
    assertThat(asAdmin(() -> wordList.all())).extracting(WordEntry::text).contains(word);

    asAdmin(run(() -> wordList.remove(id)));
    assertThatThrownBy(() -> asAdmin(run(() -> wordList.remove(id))))
        .isInstanceOf(Refused.class)
        .hasMessage("This entry was removed already.");
    assertThat(asAdmin(() -> wordList.all())).extracting(WordEntry::text).doesNotContain(word);

    AuditFilter mine = AuditFilter.parse(admin.getUsername(), null, null, null).filter();
    assertThat(asAdmin(() -> auditLog.search(mine, AuditSort.NEWEST_FIRST, 0, 10)))
        .extracting(AuditEntry::getAction, AuditEntry::getBefore, AuditEntry::getAfter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WordList.WORD_REMOVED, "word: " + word, null),
            org.assertj.core.groups.Tuple.tuple(WordList.WORD_ADDED, null, "word: " + word));
  }

  @Test
  void onlyAdministratorsKeepTheWordList() throws Exception {
    String word = uniqueWord();
    long id = add(WordKind.WORD, word, null);
    List<Callable<?>> calls =
        List.of(
            () -> wordList.all(),
            () -> wordList.add(WordKind.WORD, uniqueWord(), null),
            run(() -> wordList.remove(id)));
    for (Callable<?> call : calls) {
      assertThatThrownBy(() -> anonymously(call)).isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(colleague, USER, call)).isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(moderator, MODERATOR, call))
          .isInstanceOf(EJBAccessException.class);
    }
    assertThat(asAdmin(() -> wordList.all())).extracting(WordEntry::id).contains(id);
  }

  private long add(WordKind kind, String text, String note) throws Exception {
    long id = asAdmin(() -> wordList.add(kind, text, note));
    added.add(id);
    return id;
  }

  private void assertRefused(WordKind kind, String text, String message) {
    assertThatThrownBy(() -> add(kind, text, null))
        .isInstanceOf(Refused.class)
        .hasMessageContaining(message);
  }

  private void decide(long caseId, Verdict verdict, String reason) throws Exception {
    as(moderator, MODERATOR, run(() -> decisions.decide(caseId, verdict, reason, null)));
  }

  /** Letters only, so that it is one whole word, and found in no other text. */
  private static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> word.append((char) c));
    return word.toString();
  }

  private <T> T asAdmin(Callable<T> call) throws Exception {
    return as(admin, ADMIN, call);
  }

  private static <T> T as(Account person, Role[] roles, Callable<T> call) throws Exception {
    return Identities.as(person.getUsername(), roles, call);
  }
}
