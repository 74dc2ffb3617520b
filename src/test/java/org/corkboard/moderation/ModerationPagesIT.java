package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The pages at their addresses: the queue for moderators and administrators only (the rest of the
 * console stays the administrators'), the report form for people signed in, and what it says.
 */
class ModerationPagesIT extends PagesTestBase {

  private static final String QUEUE = "/admin/moderation/";

  @Test
  void theQueueIsForModeratorsAndAdministratorsOnly() throws Exception {
    assertThat(new WebClient().get(QUEUE).url()).endsWith("/account/sign-in");
    assertThat(demo("alice", "user-corkboard-dev").get(QUEUE).status()).isEqualTo(403);
    WebClient moderator = demo("moderator", "moderator-corkboard-dev");
    assertThat(moderator.get(QUEUE).status()).isEqualTo(200);
    assertThat(moderator.get(QUEUE).html()).contains("Moderation queue");
    assertThat(moderator.get("/admin/").url()).as("a moderator's start").contains(QUEUE);
    assertThat(moderator.get("/admin/audit/").status())
        .as("the administrators' pages")
        .isEqualTo(403);
    assertThat(demo("admin", "admin-corkboard-dev").get(QUEUE).status()).isEqualTo(200);
  }

  @Test
  void aDecisionPageOfNoCaseSendsBackToTheQueueOrIsNotFound() throws Exception {
    WebClient moderator = demo("moderator", "moderator-corkboard-dev");
    for (String id : new String[] {"abc", "1.5", "-", "12345678901234567890123"}) {
      var page = moderator.get("/admin/moderation/decide?case=" + id);
      assertThat(page.status()).as(id).isEqualTo(404);
      assertThat(page.html()).as(id).contains("This page does not exist");
    }
    for (String path :
        new String[] {
          "/admin/moderation/decide", "/admin/moderation/decide?case=" + Long.MAX_VALUE
        }) {
      var page = moderator.get(path);
      assertThat(page.url()).as(path).contains(QUEUE);
      assertThat(page.html()).as(path).contains("This was decided already");
    }
  }

  @Test
  void theReportFormIsForPeopleSignedInAndNeverForOnesOwn() throws Exception {
    String owner = verifiedAccount();
    String listingUrl = publishedListing(owner, "Lamp " + unique("rep"));
    String id = listingUrl.replaceAll(".*/listings/(\\d+).*", "$1");
    String form = "/moderation/report?listing=" + id;

    assertThat(new WebClient().get(form).url()).endsWith("/account/sign-in");
    assertThat(new WebClient().get(listingUrl).html()).contains("Report this listing");
    WebClient colleague = signedInAs(verifiedAccount());
    assertThat(colleague.get(form).html()).contains("Report the listing").contains("Reason");
    WebClient self = signedInAs(owner);
    assertThat(self.get(listingUrl).html()).doesNotContain("Report this listing");
    assertThat(self.get(form).html()).contains("You cannot report your own listing.");
    assertThat(colleague.get("/moderation/report?listing=" + Long.MAX_VALUE).html())
        .contains("There is nothing to report here");
    assertThat(colleague.get("/moderation/report").status()).isEqualTo(404);
  }

  private static WebClient demo(String name, String password) throws Exception {
    var browser = new WebClient();
    signIn(browser, name, password, false);
    return browser;
  }
}
