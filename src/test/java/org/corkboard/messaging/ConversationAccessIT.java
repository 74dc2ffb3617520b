package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.messaging.boundary.AttachmentEntry;
import org.corkboard.messaging.boundary.ConversationPage;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.boundary.WaitingAttachmentSweep;
import org.corkboard.messaging.control.ConversationRepository.Filter;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what with a conversation: anonymous, its two people, a third person, a moderator and
 * an administrator; blocks, limits and bad input.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ConversationAccessIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ConversationAccessIT.class, ListingForms.class);
  }

  @Inject Conversations conversations;
  @Inject Listings listings;
  @Inject TestAccounts testAccounts;
  @Inject Chats chats;
  @Inject WaitingAttachmentSweep sweep;

  private Account seller;
  private Account buyer;
  private Account third;
  private long listing;

  @BeforeEach
  void createPeopleAndAListing() throws Exception {
    seller = testAccounts.create("seller");
    buyer = testAccounts.create("buyer");
    third = testAccounts.create("third");
    listing = chats.listingOf(seller, "Red city bike");
  }

  @Test
  void theFirstMessageOpensAConversationAndTheNextReusesIt() throws Exception {
    long first = contact(buyer, "Is it still available?");
    long again = contact(buyer, "And could I see it on Friday?");
    assertThat(again).isEqualTo(first);

    assertThat(as(seller.getUsername(), USER, conversations::unread)).isEqualTo(1);
    var inbox = as(seller.getUsername(), USER, () -> conversations.inbox(Filter.ALL, 0, 20));
    assertThat(inbox.total()).isEqualTo(1);
    assertThat(inbox.entries().get(0).unread()).isEqualTo(2);
    assertThat(inbox.entries().get(0).excerpt()).isEqualTo("And could I see it on Friday?");
    assertThat(inbox.entries().get(0).buying()).isFalse();

    ConversationPage page = as(seller.getUsername(), USER, () -> conversations.open(first));
    assertThat(page.messages())
        .extracting(m -> m.body())
        .containsExactly("Is it still available?", "And could I see it on Friday?");
    assertThat(page.messages()).noneMatch(m -> m.mine());
    assertThat(as(seller.getUsername(), USER, conversations::unread)).isZero();

    var seenByBuyer = as(buyer.getUsername(), USER, () -> conversations.open(first));
    assertThat(seenByBuyer.seenUpto()).isEqualTo(seenByBuyer.messages().get(1).id());
    assertThat(
            as(buyer.getUsername(), USER, () -> conversations.inbox(Filter.BUYING, 0, 20)).total())
        .isEqualTo(1);
  }

  @Test
  void onlyItsTwoPeopleReadOrWriteAConversation() throws Exception {
    long id = contact(buyer, "Hello");
    for (Role[] roles : new Role[][] {USER, MODERATOR, ADMIN}) {
      assertThatThrownBy(() -> as(third.getUsername(), roles, () -> conversations.open(id)))
          .isInstanceOf(Forbidden.class);
      assertThatThrownBy(
              () -> as(third.getUsername(), roles, run(() -> conversations.send(id, "Hi"))))
          .isInstanceOf(Forbidden.class);
      assertThatThrownBy(
              () -> as(third.getUsername(), roles, run(() -> conversations.archive(id, true))))
          .isInstanceOf(Forbidden.class);
    }
    assertThatThrownBy(() -> anonymously(() -> conversations.open(id)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(() -> conversations.contact(listing, "Hi")))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(conversations::unread))
        .isInstanceOf(EJBAccessException.class);

    as(seller.getUsername(), USER, run(() -> conversations.send(id, "Yes, it is.")));
    assertThat(as(buyer.getUsername(), USER, conversations::unread)).isEqualTo(1);
  }

  @Test
  void onlyItsTwoPeopleDownloadAnAttachment() throws Exception {
    long id = contact(buyer, "Hello");
    as(buyer.getUsername(), USER, () -> conversations.attach(id, PDF, "offer.pdf"));
    as(
        buyer.getUsername(),
        USER,
        () -> conversations.attach(id, TestImages.png(900, 600), "bike.png"));
    as(buyer.getUsername(), USER, run(() -> conversations.send(id, "  ")));

    var page = as(seller.getUsername(), USER, () -> conversations.open(id));
    var sent = page.messages().get(1);
    assertThat(sent.body()).isEmpty();
    assertThat(sent.attachments())
        .extracting(AttachmentEntry::fileName)
        .containsExactly("offer.pdf", "bike.jpg");
    long pdf = sent.attachments().get(0).id();
    long picture = sent.attachments().get(1).id();
    var inbox = as(seller.getUsername(), USER, () -> conversations.inbox(Filter.ALL, 0, 20));
    assertThat(inbox.entries().get(0).excerpt()).isEqualTo("Sent 2 attachments.");

    for (Account person : List.of(seller, buyer)) {
      assertThat(as(person.getUsername(), USER, () -> conversations.attachment(pdf, false)))
          .hasValueSatisfying(file -> assertThat(file.bytes()).isEqualTo(PDF));
      assertThat(as(person.getUsername(), USER, () -> conversations.attachment(picture, true)))
          .isPresent();
    }
    for (Role[] roles : new Role[][] {USER, MODERATOR, ADMIN}) {
      assertThat(as(third.getUsername(), roles, () -> conversations.attachment(pdf, false)))
          .isEmpty();
      assertThat(as(third.getUsername(), roles, () -> conversations.attachment(picture, true)))
          .isEmpty();
    }
    assertThatThrownBy(() -> anonymously(() -> conversations.attachment(pdf, false)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(() -> conversations.attach(id, PDF, "x.pdf")))
        .isInstanceOf(EJBAccessException.class);
  }

  /**
   * Chosen files wait for their uploader's next message in the conversation: nobody else sees,
   * downloads, sends or removes them, and a third person cannot add any.
   */
  @Test
  void filesChosenForTheNextMessageAreTheUploadersOnly() throws Exception {
    long id = contact(buyer, "Hello");
    long waiting =
        as(buyer.getUsername(), USER, () -> conversations.attach(id, PDF, "draft.pdf")).id();

    assertThat(as(buyer.getUsername(), USER, () -> conversations.open(id)).waiting())
        .extracting(AttachmentEntry::fileName)
        .containsExactly("draft.pdf");
    assertThat(as(seller.getUsername(), USER, () -> conversations.open(id)).waiting()).isEmpty();
    for (Account person : List.of(buyer, seller, third)) {
      assertThat(as(person.getUsername(), USER, () -> conversations.attachment(waiting, false)))
          .as("not sent yet")
          .isEmpty();
    }
    assertThatThrownBy(
            () -> as(third.getUsername(), USER, () -> conversations.attach(id, PDF, "x.pdf")))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> as(third.getUsername(), USER, run(() -> conversations.detach(id, waiting))))
        .isInstanceOf(Forbidden.class);
    as(seller.getUsername(), USER, run(() -> conversations.detach(id, waiting)));
    as(seller.getUsername(), USER, run(() -> conversations.send(id, "Sure.")));

    var page = as(buyer.getUsername(), USER, () -> conversations.open(id));
    assertThat(page.messages().get(1).attachments()).as("the seller's message").isEmpty();
    assertThat(page.waiting()).extracting(AttachmentEntry::id).containsExactly(waiting);
    as(buyer.getUsername(), USER, run(() -> conversations.detach(id, waiting)));
    assertThat(as(buyer.getUsername(), USER, () -> conversations.open(id)).waiting()).isEmpty();
  }

  @Test
  void aMessageCarriesAtMostFiveFilesAndOnlyCheckedOnes() throws Exception {
    long id = contact(buyer, "Hello");
    for (int i = 1; i <= 5; i++) {
      String name = "part-" + i + ".pdf";
      as(buyer.getUsername(), USER, () -> conversations.attach(id, PDF, name));
    }
    assertThatThrownBy(
            () -> as(buyer.getUsername(), USER, () -> conversations.attach(id, PDF, "sixth.pdf")))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("at most 5 files");
    assertThatThrownBy(
            () ->
                as(
                    buyer.getUsername(),
                    USER,
                    () -> conversations.attach(id, "<html></html>".getBytes(), "page.pdf")))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("picture (JPEG, PNG or WebP) or a PDF");

    as(buyer.getUsername(), USER, run(() -> conversations.send(id, "Five parts")));
    var page = as(seller.getUsername(), USER, () -> conversations.open(id));
    assertThat(page.messages().get(1).attachments())
        .extracting(AttachmentEntry::fileName)
        .containsExactly("part-1.pdf", "part-2.pdf", "part-3.pdf", "part-4.pdf", "part-5.pdf");
    assertThat(as(buyer.getUsername(), USER, () -> conversations.open(id)).waiting())
        .as("sent, no longer waiting")
        .isEmpty();
  }

  /** A file chosen and never sent is removed a day later; sent ones stay. */
  @Test
  void filesNeverSentAreSweptAwayAndSentOnesStay() throws Exception {
    long id = contact(buyer, "Hello");
    as(buyer.getUsername(), USER, () -> conversations.attach(id, PDF, "sent.pdf"));
    as(buyer.getUsername(), USER, run(() -> conversations.send(id, "With a file")));
    as(buyer.getUsername(), USER, () -> conversations.attach(id, PDF, "forgotten.pdf"));

    sweep.sweep(Instant.now().minus(Duration.ofMinutes(1)));
    assertThat(as(buyer.getUsername(), USER, () -> conversations.open(id)).waiting())
        .as("chosen too recently to be swept")
        .extracting(AttachmentEntry::fileName)
        .containsExactly("forgotten.pdf");
    assertThat(sweep.sweep(Instant.now().plus(Duration.ofMinutes(1)))).isPositive();

    var page = as(buyer.getUsername(), USER, () -> conversations.open(id));
    assertThat(page.waiting()).isEmpty();
    long sent = page.messages().get(1).attachments().get(0).id();
    assertThat(as(seller.getUsername(), USER, () -> conversations.attachment(sent, false)))
        .isPresent();
  }

  @Test
  void nobodyWritesAboutTheirOwnOrAnInactiveListing() throws Exception {
    assertThatThrownBy(() -> contact(seller, "Me again"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("your own listing");
    as(seller.getUsername(), USER, run(() -> listings.close(listing, true)));
    assertThatThrownBy(() -> contact(buyer, "Still there?"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("no longer available");
  }

  @Test
  void anUnverifiedPersonCannotWrite() throws Exception {
    Account newcomer = testAccounts.createUnverified("newcomer");
    assertThatThrownBy(
            () -> as(newcomer.getUsername(), USER, () -> conversations.contact(listing, "Hi")))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Confirm your e-mail address");
  }

  @Test
  void emptyOrTooLongTextIsRefusedBesideTheField() throws Exception {
    for (String text : new String[] {"", "   \n ", null, "x".repeat(4001)}) {
      assertThatThrownBy(() -> contact(buyer, text))
          .as(String.valueOf(text).length() + " characters")
          .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("text"));
    }
    assertThat(contact(buyer, "x".repeat(4000))).isPositive();
  }

  @Test
  void aBlockedPersonsMessagesAreRefusedUntilUnblocked() throws Exception {
    long id = contact(buyer, "Hello");
    as(seller.getUsername(), USER, run(() -> conversations.block(buyer.getId())));
    assertThat(as(seller.getUsername(), USER, conversations::blocked))
        .extracting(p -> p.username())
        .containsExactly(buyer.getUsername());

    assertThatThrownBy(() -> contact(buyer, "Hello?"))
        .isInstanceOf(Refused.class)
        .hasMessage("This conversation does not accept messages from you.");
    assertThatThrownBy(() -> as(buyer.getUsername(), USER, run(() -> conversations.send(id, "?"))))
        .isInstanceOf(Refused.class);
    assertThat(as(seller.getUsername(), USER, () -> conversations.open(id)).otherBlocked())
        .isTrue();

    as(seller.getUsername(), USER, run(() -> conversations.unblock(buyer.getId())));
    as(buyer.getUsername(), USER, run(() -> conversations.send(id, "Hello again")));
  }

  @Test
  void archivingHidesAConversationUntilTheNextMessage() throws Exception {
    long id = contact(buyer, "Hello");
    as(seller.getUsername(), USER, run(() -> conversations.archive(id, true)));
    assertThat(as(seller.getUsername(), USER, () -> conversations.inbox(Filter.ALL, 0, 20)).total())
        .isZero();
    assertThat(
            as(seller.getUsername(), USER, () -> conversations.inbox(Filter.ARCHIVED, 0, 20))
                .total())
        .isEqualTo(1);

    contact(buyer, "Are you there?");
    assertThat(as(seller.getUsername(), USER, () -> conversations.inbox(Filter.ALL, 0, 20)).total())
        .isEqualTo(1);
  }

  @Test
  void aDeletedListingsConversationStaysReadableAndTakesNoMoreMessages() throws Exception {
    long id = contact(buyer, "Hello");
    as(seller.getUsername(), USER, run(() -> listings.delete(listing)));

    ConversationPage page = as(buyer.getUsername(), USER, () -> conversations.open(id));
    assertThat(page.open()).isFalse();
    assertThat(page.listingTitle()).isEqualTo("Red city bike");
    assertThat(page.messages()).hasSize(1);
    assertThatThrownBy(() -> as(buyer.getUsername(), USER, run(() -> conversations.send(id, "?"))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("accepts no more messages");
  }

  @Test
  void theLimitsOfNewConversationsAndOfMessagesHold() throws Exception {
    long lamp = chats.listingOf(seller, "Blue city bike");
    withSetting(
        "corkboard.messaging.max-new-conversations-per-day",
        "1",
        () -> {
          contact(buyer, "About the red one");
          assertThatThrownBy(
                  () -> as(buyer.getUsername(), USER, () -> conversations.contact(lamp, "Hi")))
              .isInstanceOf(Refused.class)
              .hasMessageContaining("started 1 conversations today");
          contact(buyer, "Writing again is no new conversation");
        });
    withSetting(
        "corkboard.messaging.max-messages-per-hour",
        "2",
        () ->
            assertThatThrownBy(() -> contact(buyer, "A third"))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("sent 2 messages in the last hour"));
  }

  /** Runs the check with a setting changed; settings are read at each call. */
  private static void withSetting(String name, String value, ThrowingRunnable check)
      throws Exception {
    String before = System.getProperty(name);
    System.setProperty(name, value);
    try {
      check.run();
    } finally {
      if (before == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, before);
      }
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static final byte[] PDF = TestImages.pdf();

  private long contact(Account from, String text) throws Exception {
    return as(from.getUsername(), USER, () -> conversations.contact(listing, text));
  }
}
