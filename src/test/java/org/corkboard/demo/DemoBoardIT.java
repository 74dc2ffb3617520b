package org.corkboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import org.corkboard.account.entity.Role;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.entity.QueueFilter;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.testing.Deployments;
import org.corkboard.wordlist.boundary.WordEntry;
import org.corkboard.wordlist.boundary.WordList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo board (loaded on the test server as on a developer's) gives the console something to
 * show: a word on the list, and a listing it held waiting for a moderator beside the reports.
 */
@ExtendWith(ArquillianExtension.class)
class DemoBoardIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(DemoBoardIT.class);
  }

  @Inject WordList wordList;
  @Inject ModerationQueue queue;

  @Test
  void aListingHeldByTheDemoWordWaitsForAModerator() throws Exception {
    assertThat(as("admin", new Role[] {Role.USER, Role.ADMIN}, () -> wordList.all()))
        .extracting(WordEntry::text)
        .contains(DemoWordList.WORD);

    var gretas =
        as(
            "moderator",
            new Role[] {Role.USER, Role.MODERATOR},
            () -> queue.waiting(new QueueFilter(SubjectKind.LISTING, null, "greta"), 0, 50));
    assertThat(gretas.entries())
        .anySatisfy(
            entry -> {
              assertThat(entry.subject().title()).isEqualTo(DemoWordList.HELD_TITLE);
              assertThat(entry.subject().state())
                  .startsWith("Pending review: Held for review because")
                  .contains("Knockoff");
              assertThat(entry.openReports()).isZero();
            });
    assertThat(
            as(
                "moderator",
                new Role[] {Role.USER, Role.MODERATOR},
                () -> queue.countWaiting(new QueueFilter(SubjectKind.LISTING, null, null))))
        .as("the demo reports wait too")
        .isGreaterThanOrEqualTo(3);
  }
}
