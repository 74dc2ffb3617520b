package org.corkboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.messaging.Chats;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.notification.boundary.NotificationEntry;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.control.PreferenceLinks;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.platform.Settings;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SmtpInbox;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications of new messages and their e-mails through JMS, with GreenMail as the SMTP server:
 * after a short wait, once per unread conversation, not when read in time, per preference, in the
 * digest, and never from a rolled-back transaction.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class NotificationMailIT {

  private static final Role[] USER = {Role.USER};
  private static final String WAIT = "corkboard.notification.mail-wait";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(NotificationMailIT.class, ListingForms.class, Chats.class);
  }

  @Inject Conversations conversations;
  @Inject Notifications notifications;
  @Inject PreferenceLinks links;
  @Inject RollingBack rollingBack;
  @Inject TestAccounts testAccounts;
  @Inject Chats chats;
  @Inject UserTransaction transaction;

  private Account seller;
  private Account buyer;
  private long listing;
  private String serversWait;

  @BeforeEach
  void createPeopleAndAListing() throws Exception {
    serversWait = System.getProperty(WAIT);
    System.setProperty(WAIT, "PT1S");
    seller = testAccounts.create("seller");
    buyer = testAccounts.create("buyer");
    listing = chats.listingOf(seller, "Red city bike");
  }

  /** The server's own setting again, for the tests that run after these in the same server. */
  @AfterEach
  void restoreTheWait() {
    if (serversWait == null) {
      System.clearProperty(WAIT);
    } else {
      System.setProperty(WAIT, serversWait);
    }
  }

  @Test
  void aNewMessageIsMailedAfterTheWaitOnceWhileUnread() throws Exception {
    try (SmtpInbox inbox = SmtpInbox.start()) {
      long id = contact("Is it still available?");
      contact("I could come today.");
      contact("Or tomorrow.");

      MimeMessage mail = inbox.await(seller.getEmail(), 1);
      assertThat(SmtpInbox.subject(mail)).contains("wrote to you about “Red city bike”");
      assertThat(SmtpInbox.body(mail))
          .contains("Is it still available?")
          .contains(Settings.baseUrl() + "/inbox/" + id)
          .contains(Settings.baseUrl() + "/account/mail-preference?token=");
      assertThat(inbox.settled(seller.getEmail()))
          .as("one mail for the unread conversation")
          .hasSize(1);
      assertThat(as(seller.getUsername(), USER, notifications::unread)).isEqualTo(3);

      as(seller.getUsername(), USER, () -> conversations.open(id));
      assertThat(as(seller.getUsername(), USER, notifications::unread)).isZero();
      contact("Hello again?");
      inbox.await(seller.getEmail(), 2);
    }
  }

  @Test
  void aMessageReadWithinTheWaitIsNotMailed() throws Exception {
    System.setProperty(WAIT, "PT4S");
    try (SmtpInbox inbox = SmtpInbox.start()) {
      long id = contact("Quick question");
      as(seller.getUsername(), USER, () -> conversations.open(id));
      Thread.sleep(5_000);
      assertThat(inbox.settled(seller.getEmail())).isEmpty();
    }
  }

  @Test
  void nobodyIsMailedWhoChoseNotToBeAndTheCentreStillTellsThem() throws Exception {
    as(
        seller.getUsername(),
        USER,
        run(() -> notifications.choose(NotificationKind.NEW_MESSAGE, Delivery.NONE)));
    try (SmtpInbox inbox = SmtpInbox.start()) {
      contact("Hello");
      Thread.sleep(3_000);
      assertThat(inbox.settled(seller.getEmail())).isEmpty();
      assertThat(as(seller.getUsername(), USER, () -> notifications.mine(0, 10)))
          .singleElement()
          .satisfies(n -> assertThat(n.text()).contains("Hello"));
    }
  }

  @Test
  void theDigestGathersWhatWasKeptForIt() throws Exception {
    as(
        seller.getUsername(),
        USER,
        run(() -> notifications.choose(NotificationKind.NEW_MESSAGE, Delivery.DIGEST)));
    try (SmtpInbox inbox = SmtpInbox.start()) {
      contact("First");
      contact("Second");
      Thread.sleep(2_000);
      assertThat(inbox.to(seller.getEmail())).as("nothing right away").isEmpty();

      assertThat(inTransaction(notifications::digestRecipients)).contains(seller.getId());
      assertThat(inTransaction(() -> notifications.sendDigest(seller.getId()))).isEqualTo(2);
      MimeMessage digest = inbox.await(seller.getEmail(), 1);
      assertThat(SmtpInbox.subject(digest)).isEqualTo("Corkboard: 2 new notifications");
      assertThat(SmtpInbox.body(digest)).contains("First").contains("Second");
      assertThat(inTransaction(() -> notifications.sendDigest(seller.getId())))
          .as("sent once")
          .isZero();
    }
  }

  @Test
  void aRolledBackChangeNotifiesNobody() throws Exception {
    try (SmtpInbox inbox = SmtpInbox.start()) {
      assertThatThrownBy(() -> rollingBack.notifyThenFail(seller.getId()))
          .hasRootCauseMessage("rolled back on purpose");
      Thread.sleep(3_000);
      assertThat(inbox.settled(seller.getEmail())).isEmpty();
      assertThat(as(seller.getUsername(), USER, notifications::unread)).isZero();
    }
  }

  @Test
  void aPreferenceLinkChangesThatOnePreferenceAndNothingElse() throws Exception {
    String token = links.token(seller.getId(), NotificationKind.NEW_MESSAGE);
    anonymously(run(() -> notifications.chooseByLink(token, Delivery.NONE)));
    assertThat(as(seller.getUsername(), USER, notifications::preferences))
        .containsEntry(NotificationKind.NEW_MESSAGE, Delivery.NONE)
        .containsEntry(NotificationKind.LISTING_EXPIRING, Delivery.IMMEDIATE);

    String forged = token.replace(seller.getId() + ".", buyer.getId() + ".");
    assertThatThrownBy(
            () -> anonymously(run(() -> notifications.chooseByLink(forged, Delivery.NONE))))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(
            () ->
                anonymously(
                    run(() -> notifications.chooseByLink("1.NEW_MESSAGE.x", Delivery.NONE))))
        .isInstanceOf(Refused.class);
    assertThat(as(buyer.getUsername(), USER, notifications::preferences))
        .containsEntry(NotificationKind.NEW_MESSAGE, Delivery.IMMEDIATE);
  }

  @Test
  void onlyTheRecipientSeesOrOpensTheirNotifications() throws Exception {
    contact("Hello");
    long id = as(seller.getUsername(), USER, () -> notifications.mine(0, 10)).get(0).id();
    assertThatThrownBy(() -> as(buyer.getUsername(), USER, () -> notifications.open(id)))
        .isInstanceOf(Forbidden.class);
    assertThat(as(buyer.getUsername(), USER, () -> notifications.mine(0, 10))).isEmpty();
    assertThatThrownBy(() -> anonymously(notifications::unread))
        .isInstanceOf(EJBAccessException.class);
    assertThat(as(seller.getUsername(), USER, () -> notifications.open(id))).startsWith("/inbox/");
  }

  @Test
  void onlyAServiceInItsTransactionNotifiesSomeoneOrSendsTheirMail() throws Exception {
    News forged =
        new News(NotificationKind.LISTING_EXPIRED, "listing:0", "Forged", "/", "Forged", "Forged");
    for (Role[] roles : new Role[][] {USER, {Role.USER, Role.ADMIN}}) {
      assertThatThrownBy(
              () -> as(buyer.getUsername(), roles, run(() -> notifications.notify(seller, forged))))
          .isInstanceOf(EJBTransactionRequiredException.class);
    }
    assertThatThrownBy(() -> anonymously(run(() -> notifications.notify(seller, forged))))
        .isInstanceOf(EJBTransactionRequiredException.class);
    contact("Hello");
    assertThatThrownBy(
            () ->
                as(
                    buyer.getUsername(),
                    USER,
                    run(() -> notifications.seen(seller, "conversation:0"))))
        .isInstanceOf(EJBTransactionRequiredException.class);
    assertThatThrownBy(() -> notifications.sendDigest(seller.getId()))
        .isInstanceOf(EJBTransactionRequiredException.class);
    assertThatThrownBy(() -> notifications.mailIfStillDue(0))
        .isInstanceOf(EJBTransactionRequiredException.class);
    assertThat(as(seller.getUsername(), USER, () -> notifications.mine(0, 10)))
        .extracting(NotificationEntry::text)
        .noneMatch(text -> text.contains("Forged"))
        .hasSize(1);
  }

  /** Runs the call in a transaction, as the timer does for each person's digest. */
  private <T> T inTransaction(Callable<T> call) throws Exception {
    transaction.begin();
    try {
      return call.call();
    } finally {
      transaction.commit();
    }
  }

  private long contact(String text) throws Exception {
    return as(buyer.getUsername(), USER, () -> conversations.contact(listing, text));
  }
}
