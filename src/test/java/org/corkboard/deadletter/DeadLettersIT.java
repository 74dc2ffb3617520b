package org.corkboard.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.deadletter.boundary.DeadLetterRow;
import org.corkboard.deadletter.boundary.MailQueues;
import org.corkboard.deadletter.boundary.QueueState;
import org.corkboard.deadletter.entity.DeadLetter;
import org.corkboard.mail.TestMails;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SmtpInbox;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dead letters: a mail the SMTP server never takes is kept after its attempts with the reason of
 * its last failure; sent back to its queue, it is delivered once an SMTP server accepts it;
 * discarded, it is gone; both are audited, and only administrators see the queues or act on their
 * dead letters. (No SMTP server listens while a test has not started one.)
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class DeadLettersIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};
  private static final String MAIL = "corkboard.mail";
  private static final String NOTIFICATION = "corkboard.notification";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(DeadLettersIT.class, TestMails.class);
  }

  @Inject MailQueues mailQueues;
  @Inject TestDeadLetters letters;
  @Inject TestMails mails;
  @Inject TestAccounts testAccounts;
  @Inject AuditLog auditLog;

  private Account admin;

  @BeforeEach
  void createAdministrator() {
    admin = testAccounts.create("admin", Role.ADMIN);
  }

  @Test
  void aMailThatAlwaysFailsIsKeptWithItsReasonAndASafeSummary() throws Exception {
    OutgoingMail mail = mails.queue();

    DeadLetter letter = await(MAIL, mail.getId());

    assertThat(letter.getReason()).contains("ConnectException").doesNotContain("\tat ");
    assertThat(letter.getSummary())
        .contains(mail.getRecipient())
        .contains(mail.getSubject())
        .doesNotContain(mail.getBody());
    assertThat(letter.canBeSentAgain()).isTrue();
    assertThat(asAdmin(() -> mailQueues.deadLetters(0, 200)))
        .extracting(DeadLetterRow::id)
        .contains(letter.getId());
  }

  @Test
  void aRetriedMailIsDeliveredOnceTheSmtpServerAcceptsIt() throws Exception {
    OutgoingMail mail = mails.queue();
    DeadLetter letter = await(MAIL, mail.getId());

    try (SmtpInbox inbox = SmtpInbox.start()) {
      assertThat(asAdmin(() -> mailQueues.retry(List.of(letter.getId())))).isEqualTo(1);

      assertThat(SmtpInbox.messageId(inbox.await(mail.getRecipient(), 1)))
          .isEqualTo(mail.getMessageId());
      assertThat(inbox.settled(mail.getRecipient())).hasSize(1);
    }
    assertThat(letters.find(MAIL, mail.getId())).isEmpty();
    assertThat(mails.find(mail.getId())).as("sent, so forgotten").isEmpty();
    AuditEntry entry = single(MailQueues.RETRIED);
    assertThat(entry.getSubjectId()).isEqualTo(String.valueOf(letter.getId()));
    assertThat(entry.getBefore()).startsWith(MAIL + ": Mail " + mail.getId());
    assertThat(entry.getAfter()).isEqualTo("sent back to " + MAIL);
  }

  @Test
  void aDiscardedDeadLetterIsGoneAndAudited() throws Exception {
    long id = letters.giveUpOnNotification();
    DeadLetter letter = await(NOTIFICATION, id);
    assertThat(letter.getReason()).contains("not known to this server");

    assertThat(asAdmin(() -> mailQueues.discard(List.of(letter.getId())))).isEqualTo(1);

    assertThat(letters.find(NOTIFICATION, id)).isEmpty();
    AuditEntry entry = single(MailQueues.DISCARDED);
    assertThat(entry.getSubjectId()).isEqualTo(String.valueOf(letter.getId()));
    assertThat(entry.getAfter()).isNull();
  }

  @Test
  void chosenDeadLettersAreHandledTogetherAndOnlyOnce() throws Exception {
    long first = letters.giveUpOnNotification();
    long second = letters.giveUpOnNotification();
    List<Long> both =
        List.of(await(NOTIFICATION, first).getId(), await(NOTIFICATION, second).getId());

    assertThat(asAdmin(() -> mailQueues.retry(both))).isEqualTo(2);
    assertThat(letters.find(NOTIFICATION, first)).isEmpty();
    assertThat(letters.find(NOTIFICATION, second)).isEmpty();
    assertThatThrownBy(() -> asAdmin(() -> mailQueues.discard(both)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("meanwhile");
    assertThatThrownBy(() -> asAdmin(() -> mailQueues.retry(List.of())))
        .isInstanceOf(Refused.class);
  }

  @Test
  void theQueuesDepthsComeFromTheBroker() throws Exception {
    letters.delayNotification(Duration.ofMinutes(2));

    List<QueueState> queues = asAdmin(() -> mailQueues.queues());

    assertThat(queues).extracting(QueueState::queue).containsExactly(MAIL, NOTIFICATION);
    assertThat(queues).allSatisfy(q -> assertThat(q.waiting()).isNotNull());
    QueueState notifications = queues.get(1);
    assertThat(notifications.waiting()).isPositive();
    assertThat(notifications.delayed()).isPositive();
    assertThat(asAdmin(() -> mailQueues.mailsWaiting())).isNotNegative();
  }

  @Test
  void onlyAdministratorsSeeTheQueuesOrActOnDeadLetters() throws Exception {
    long id = letters.giveUpOnNotification();
    List<Long> letter = List.of(await(NOTIFICATION, id).getId());
    Account person = testAccounts.create("person", Role.MODERATOR);
    List<Callable<?>> calls =
        List.of(
            () -> mailQueues.queues(),
            () -> mailQueues.mailsWaiting(),
            () -> mailQueues.deadLetters(0, 10),
            () -> mailQueues.countDeadLetters(),
            () -> mailQueues.retry(letter),
            () -> mailQueues.discard(letter));
    for (Callable<?> call : calls) {
      for (Role[] roles : List.of(USER, MODERATOR)) {
        assertThatThrownBy(() -> as(person.getUsername(), roles, call))
            .isInstanceOf(EJBAccessException.class);
      }
      assertThatThrownBy(() -> anonymously(call)).isInstanceOf(EJBAccessException.class);
    }
    assertThat(letters.find(NOTIFICATION, id)).as("still kept").isPresent();
    assertThat(asAdmin(() -> mailQueues.discard(letter))).isEqualTo(1);
  }

  /** Waits until the request is kept as a dead letter. Each read is a transaction of its own. */
  private DeadLetter await(String queue, long id) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<DeadLetter> letter = letters.find(queue, id);
      if (letter.isPresent()) {
        return letter.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No dead letter of " + queue + " " + id + " within " + PATIENCE);
  }

  private <T> T asAdmin(Callable<T> call) throws Exception {
    return as(admin.getUsername(), ADMIN, call);
  }

  private AuditEntry single(String action) throws Exception {
    List<AuditEntry> entries =
        asAdmin(
            () ->
                auditLog.search(
                    new AuditFilter(admin.getUsername(), action, null, null),
                    AuditSort.NEWEST_FIRST,
                    0,
                    10));
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }
}
