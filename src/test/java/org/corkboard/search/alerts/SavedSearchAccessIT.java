package org.corkboard.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.search.boundary.SavedSearchEntry;
import org.corkboard.search.boundary.SavedSearches;
import org.corkboard.search.control.SavedSearchLinks;
import org.corkboard.search.entity.Frequency;
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
 * Only the owner of a saved search lists, renames, pauses, resumes or deletes it; anyone holding
 * its unsubscribe link may pause and resume it, and nothing else; bad input is refused with a
 * message.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SavedSearchAccessIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SavedSearchAccessIT.class, ListingForms.class);
  }

  @Inject SavedSearches savedSearches;
  @Inject SavedSearchLinks links;
  @Inject AlertFixtures fixtures;
  @Inject TestAccounts testAccounts;

  private Account owner;
  private Account stranger;
  private long search;

  @BeforeEach
  void saveASearch() throws Exception {
    owner = testAccounts.create("owner");
    stranger = testAccounts.create("stranger");
    as(
        owner.getUsername(),
        USER,
        () ->
            savedSearches.save("?q=red+bike&page=2&sort=newest", "Red bikes", Frequency.IMMEDIATE));
    search = fixtures.savedSearchId(owner, "Red bikes");
  }

  @Test
  void theOwnerSavesAndManagesTheirSearch() throws Exception {
    assertThat(mine(owner))
        .singleElement()
        .isEqualTo(
            new SavedSearchEntry(search, "Red bikes", "q=red+bike", Frequency.IMMEDIATE, false));
    as(
        owner.getUsername(),
        USER,
        run(() -> savedSearches.change(search, " Red ones ", Frequency.DAILY)));
    as(owner.getUsername(), USER, run(() -> savedSearches.pause(search, true)));
    assertThat(mine(owner))
        .singleElement()
        .isEqualTo(new SavedSearchEntry(search, "Red ones", "q=red+bike", Frequency.DAILY, true));
    as(owner.getUsername(), USER, run(() -> savedSearches.pause(search, false)));
    as(owner.getUsername(), USER, run(() -> savedSearches.delete(search)));
    assertThat(mine(owner)).isEmpty();
  }

  @Test
  void someoneElseCannotChangePauseOrDeleteIt() throws Exception {
    String name = stranger.getUsername();
    assertThatThrownBy(
            () -> as(name, USER, run(() -> savedSearches.change(search, "Mine", Frequency.DAILY))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> as(name, USER, run(() -> savedSearches.pause(search, true))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> as(name, USER, run(() -> savedSearches.delete(search))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> as(name, USER, run(() -> savedSearches.delete(Long.MAX_VALUE))))
        .isInstanceOf(Forbidden.class);
    assertThat(mine(stranger)).isEmpty();
    assertThat(mine(owner))
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("Red bikes"))
        .satisfies(s -> assertThat(s.paused()).isFalse());
  }

  @Test
  void visitorsCannotSaveOrManageSearches() {
    assertThatThrownBy(
            () -> anonymously(() -> savedSearches.save("q=lamp", "Lamps", Frequency.DAILY)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(savedSearches::mine))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(run(() -> savedSearches.delete(search))))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void theUnsubscribeLinkPausesAndResumesItsSearchWithoutSigningIn() throws Exception {
    String token = links.token(search);
    assertThat(anonymously(() -> savedSearches.pauseByLink(token))).isEqualTo("Red bikes");
    assertThat(mine(owner).get(0).paused()).isTrue();
    anonymously(run(() -> savedSearches.resumeByLink(token)));
    assertThat(mine(owner).get(0).paused()).isFalse();

    long other = otherSearch();
    String tampered = token.replace("-" + search + ".", "-" + other + ".");
    for (String bad :
        List.of(tampered, token + "x", "search-alerts-" + other, "", "x".repeat(300))) {
      assertThatThrownBy(() -> anonymously(() -> savedSearches.pauseByLink(bad)))
          .as(bad)
          .isInstanceOf(Refused.class);
    }
    assertThat(mine(stranger).get(0).paused()).isFalse();
  }

  @Test
  void badInputIsRefusedWithAMessage() throws Exception {
    assertRefused(
        () -> savedSearches.save("q=lamp", " ", Frequency.DAILY), "Give the search a name.");
    assertRefused(
        () -> savedSearches.save("q=lamp", "x".repeat(101), Frequency.DAILY), "at most 100");
    assertRefused(() -> savedSearches.save("q=lamp", "Lamps", null), "how soon");
    assertRefused(
        () -> savedSearches.save("sort=newest&page=2", "All", Frequency.DAILY),
        "every new listing");
    assertRefused(
        () -> savedSearches.save("q=" + "a".repeat(2100), "Long", Frequency.DAILY), "too long");
    assertRefused(
        run(() -> savedSearches.change(search, "", Frequency.DAILY)), "Give the search a name.");
    assertThat(mine(owner)).hasSize(1);
  }

  @Test
  void nobodyKeepsMoreThanTheMostAllowed() throws Exception {
    for (int i = 1; i < SavedSearches.MAX_PER_PERSON; i++) {
      String query = "q=lamp" + i;
      String lamp = "Lamp " + i;
      as(owner.getUsername(), USER, () -> savedSearches.save(query, lamp, Frequency.DAILY));
    }
    assertRefused(
        () -> savedSearches.save("q=one+more", "One more", Frequency.DAILY), "the most allowed");
    assertThat(mine(owner)).hasSize(SavedSearches.MAX_PER_PERSON);
  }

  private void assertRefused(Callable<?> call, String message) {
    assertThatThrownBy(() -> as(owner.getUsername(), USER, call))
        .isInstanceOf(Refused.class)
        .hasMessageContaining(message);
  }

  private long otherSearch() throws Exception {
    as(stranger.getUsername(), USER, () -> savedSearches.save("q=lamp", "Lamps", Frequency.DAILY));
    return fixtures.savedSearchId(stranger, "Lamps");
  }

  private List<SavedSearchEntry> mine(Account account) throws Exception {
    return as(account.getUsername(), USER, savedSearches::mine);
  }
}
