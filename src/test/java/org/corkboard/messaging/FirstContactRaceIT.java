package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.control.ConversationRepository.Filter;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * First messages about a listing sent at the same moment by the same person (a double click, two
 * tabs) open one conversation between them, and each message is kept in it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class FirstContactRaceIT {

  private static final Role[] USER = {Role.USER};
  private static final int SENDS = 10;

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(FirstContactRaceIT.class, ListingForms.class)
        .addClass(WebClient.class);
  }

  @Inject Conversations conversations;
  @Inject Chats chats;
  @Inject TestAccounts testAccounts;

  @Test
  void simultaneousFirstMessagesOpenOneConversationAndKeepEveryMessage() throws Exception {
    Account seller = testAccounts.create("seller");
    Account buyer = testAccounts.create("buyer");
    long listing = chats.listingOf(seller);
    var browser = WebClient.signedIn(buyer.getUsername(), TestAccounts.PASSWORD);
    Page offer = browser.get("/listing/view?id=" + listing);

    List<Page> answers = sendAtOnce(browser, offer);

    var inbox = as(buyer.getUsername(), USER, () -> conversations.inbox(Filter.BUYING, 0, 10));
    assertThat(inbox.total()).as("one conversation").isEqualTo(1);
    long id = inbox.entries().get(0).id();
    // Each lands on the conversation; the confirmations wait in the one session for whichever
    // page comes next, so one page may show several and another none.
    assertThat(answers)
        .allSatisfy(
            answer ->
                assertThat(answer.status()).as(answer.url() + "\n" + answer.html()).isEqualTo(200))
        .allSatisfy(answer -> assertThat(answer.url()).endsWith("/inbox/" + id));
    assertThat(as(buyer.getUsername(), USER, () -> conversations.open(id)).messages())
        .as("every message kept")
        .hasSize(SENDS);
  }

  /** Presses the contact form's button SENDS times at once, each with its own text. */
  private static List<Page> sendAtOnce(WebClient browser, Page offer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SENDS);
    try {
      List<Callable<Page>> sends = new ArrayList<>();
      for (int i = 0; i < SENDS; i++) {
        String text = "Still available? (" + i + ")";
        sends.add(() -> browser.form(offer, "contactForm").set("text", text).press("sendMessage"));
      }
      List<Page> answers = new ArrayList<>();
      for (Future<Page> answer : pool.invokeAll(sends)) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
