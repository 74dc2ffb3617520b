package org.corkboard.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.moderation.TestModeration.as;

import jakarta.inject.Inject;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged reports and a forged request for another review are refused and change nothing: each form
 * is sent in every {@link Forgery} and with another signed-in person's cookies, then for real.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ModerationForgeryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ModerationForgeryIT.class, TestListings.class, Chats.class)
        .addClasses(WebClient.class, Forgery.class);
  }

  @Inject Reports reports;
  @Inject Decisions decisions;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject TestModeration moderation;
  @Inject Chats chats;

  private Account owner;
  private Account colleague;
  private WebClient stranger;

  @BeforeEach
  void createPeople() throws Exception {
    owner = testAccounts.create("owner");
    colleague = testAccounts.create("colleague");
    stranger = signedIn(testAccounts.create("stranger"));
  }

  @Test
  void aForgedReportIsNotKept() throws Exception {
    long listing = chats.listingOf(owner);
    var browser = signedIn(colleague);
    Page form = browser.get("/moderation/report?listing=" + listing);
    Map<String, String> report = Map.of("reason", "SPAM", "note", "Forged?");
    Forgery.allRefused(() -> browser.form(form, "reportForm").set(report), "report", stranger);
    assertThat(as(colleague, () -> reports.reportedByMe(SubjectKind.LISTING))).isEmpty();

    Page sent = browser.submit(form, "reportForm", report, "report");
    assertThat(sent.html()).contains("Reported. Thank you");
    assertThat(as(colleague, () -> reports.reportedByMe(SubjectKind.LISTING)))
        .containsExactly(listing);
  }

  @Test
  void aForgedRequestForAnotherReviewIsNotKept() throws Exception {
    long listing = chats.listingOf(owner);
    as(colleague, () -> reports.report(SubjectKind.LISTING, listing, ReportReason.SPAM, null));
    long caseId = moderation.caseOf(SubjectKind.LISTING, listing);
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    TestModeration.asModerator(
        moderator, () -> decisions.decide(caseId, Verdict.HIDE, "Spam", null));
    var browser = signedIn(owner);
    Page page = browser.get("/listing/view?id=" + listing);
    Forgery.allRefused(() -> browser.form(page, "owner"), "askForReview", stranger);
    assertThat(testListings.reload(listing).getReviewRequestedAt()).isNull();

    Page asked = browser.submit(page, "owner", Map.of(), "askForReview");
    assertThat(asked.html()).contains("a moderator will look at your listing again");
    assertThat(testListings.reload(listing).getReviewRequestedAt()).isNotNull();
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.HIDDEN);
  }

  private static WebClient signedIn(Account account) throws Exception {
    return WebClient.signedIn(account.getUsername(), TestAccounts.PASSWORD);
  }
}
