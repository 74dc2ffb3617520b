package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.messaging.boundary.ConversationPage;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.control.ConversationRepository.Filter;
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
 * Forged requests to every messaging form are refused and change nothing: each form is sent in
 * every {@link Forgery} and with the cookies of a third person who is signed in, then for real,
 * which must still work. Runs in the server to read back what was stored.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class MessagingForgeryIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(MessagingForgeryIT.class, ListingForms.class)
        .addClasses(WebClient.class, Forgery.class);
  }

  @Inject Conversations conversations;
  @Inject Chats chats;
  @Inject TestAccounts testAccounts;

  private Account seller;
  private Account buyer;
  private long listing;
  private WebClient stranger;

  @BeforeEach
  void createPeopleAndAListing() throws Exception {
    seller = testAccounts.create("seller");
    buyer = testAccounts.create("buyer");
    listing = chats.listingOf(seller);
    stranger = signedIn(testAccounts.create("stranger"));
  }

  @Test
  void aForgedFirstMessageOpensNoConversation() throws Exception {
    var browser = signedIn(buyer);
    Page offer = browser.get("/listing/view?id=" + listing);
    Forgery.allRefused(
        () -> browser.form(offer, "contactForm").set("text", "Forged hello"),
        "sendMessage",
        stranger);
    assertThat(as(buyer.getUsername(), USER, () -> conversations.about(listing))).isEmpty();

    Page sent = browser.submit(offer, "contactForm", Map.of("text", "Real hello"), "sendMessage");
    assertThat(sent.html()).contains("Your message is sent.");
    assertThat(bodies(buyer, conversationOfBuyer())).containsExactly("Real hello");
  }

  @Test
  void aForgedMessageInAConversationIsNotStored() throws Exception {
    long id = chats.contact(buyer, listing, "Hello");
    var browser = signedIn(buyer);
    Page page = browser.get("/inbox/" + id);
    Forgery.allRefused(
        () -> browser.form(page, "chat").set("text", "Forged message"), "send", stranger);
    assertThat(bodies(buyer, id)).containsExactly("Hello");

    browser.submit(page, "chat", Map.of("text", "Real message"), "send");
    assertThat(bodies(buyer, id)).containsExactly("Hello", "Real message");
  }

  @Test
  void forgedArchivingOnTheConversationPageChangesNothing() throws Exception {
    long id = chats.contact(buyer, listing, "Hello");
    forgedBothWays(buyer, id, "archive", "archive", ConversationPage::archived);
  }

  @Test
  void forgedArchivingInTheInboxChangesNothing() throws Exception {
    long id = chats.contact(buyer, listing, "Hello");
    var browser = signedIn(buyer);
    Page inbox = browser.get("/inbox");
    String archive = inbox.buttonId("cb-archive");
    Forgery.allRefused(() -> browser.form(inbox, "inbox"), archive, stranger);
    assertThat(archivedCount(buyer)).isZero();

    browser.submit(inbox, "inbox", Map.of(), archive);
    assertThat(archivedCount(buyer)).isEqualTo(1);
    Page archived = browser.get("/inbox?show=archived");
    String restore = archived.buttonId("cb-archive");
    Forgery.allRefused(() -> browser.form(archived, "inbox"), restore, stranger);
    assertThat(archivedCount(buyer)).as("still archived").isEqualTo(1);
    assertThat(page(buyer, id).archived()).isTrue();
  }

  @Test
  void forgedBlockingOnTheConversationPageChangesNothing() throws Exception {
    long id = chats.contact(buyer, listing, "Hello");
    forgedBothWays(seller, id, "block", "unblock", ConversationPage::otherBlocked);
  }

  @Test
  void aForgedUnblockOnTheBlockedPeoplePageChangesNothing() throws Exception {
    as(seller.getUsername(), USER, run(() -> conversations.block(buyer.getId())));
    var browser = signedIn(seller);
    Page page = browser.get("/account/notifications");
    String unblock = page.buttonId("cb-unblock");
    Forgery.allRefused(() -> browser.form(page, "blocked"), unblock, stranger);
    assertThat(blockedBy(seller)).hasSize(1);

    browser.submit(page, "blocked", Map.of(), unblock);
    assertThat(blockedBy(seller)).isEmpty();
  }

  /**
   * On the conversation page: the button forged changes nothing, pressed for real it does, and the
   * button that undoes it, forged, leaves it done.
   */
  private void forgedBothWays(
      Account person, long id, String button, String undo, Predicate<ConversationPage> done)
      throws Exception {
    var browser = signedIn(person);
    Page page = browser.get("/inbox/" + id);
    Forgery.allRefused(() -> browser.form(page, "chat"), button, stranger);
    assertThat(done.test(page(person, id))).as("after a forged " + button).isFalse();

    Page after = browser.submit(page, "chat", Map.of(), button);
    assertThat(done.test(page(person, id))).as(button).isTrue();
    Forgery.allRefused(() -> browser.form(after, "chat"), undo, stranger);
    assertThat(done.test(page(person, id))).as("after a forged " + undo).isTrue();
  }

  private long conversationOfBuyer() throws Exception {
    return as(buyer.getUsername(), USER, () -> conversations.about(listing)).orElseThrow();
  }

  private ConversationPage page(Account reader, long id) throws Exception {
    return as(reader.getUsername(), USER, () -> conversations.open(id));
  }

  private List<String> bodies(Account reader, long id) throws Exception {
    return page(reader, id).messages().stream().map(m -> m.body()).toList();
  }

  private long archivedCount(Account person) throws Exception {
    return as(person.getUsername(), USER, () -> conversations.inbox(Filter.ARCHIVED, 0, 10))
        .total();
  }

  private List<?> blockedBy(Account person) throws Exception {
    return as(person.getUsername(), USER, conversations::blocked);
  }

  private static WebClient signedIn(Account account) throws Exception {
    return WebClient.signedIn(account.getUsername(), TestAccounts.PASSWORD);
  }
}
