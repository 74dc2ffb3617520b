package org.corkboard.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.mail.boundary.Mailer;
import org.corkboard.notification.control.NotificationQueue;
import org.corkboard.notification.control.NotificationRepository;
import org.corkboard.notification.control.PreferenceLinks;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.notification.entity.MailState;
import org.corkboard.notification.entity.Notification;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;
import org.corkboard.platform.Settings;

/**
 * The notification centre that every feature feeds. A notification is stored in the caller's
 * transaction and its e-mail requested in it (JMS through java:/JmsXA): a change that rolls back
 * notifies nobody, and one that commits is never left without its e-mail.
 *
 * <p>What other services, the queue and the timer call (who is told what, and when it is mailed)
 * takes their transaction and refuses to start one ({@link TransactionAttributeType#MANDATORY}):
 * pages and REST resources have none, so none of them can notify someone, mark someone's
 * notifications read or send someone's e-mails directly.
 */
@Stateless
public class Notifications {

  @Inject NotificationRepository repository;
  @Inject NotificationQueue queue;
  @Inject PreferenceLinks links;
  @Inject Mailer mailer;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  /** What a feature tells a person: the text of the centre, and the e-mail if they want one. */
  public record News(
      NotificationKind kind,
      String subject,
      String text,
      String link,
      String mailSubject,
      String mailBody) {}

  /**
   * Notifies the person. An e-mail of a kind that waits (new messages) goes out after the wait
   * unless the notification is read by then, and not at all while an earlier unread one of the same
   * subject has one; other kinds are e-mailed at once. Only inside a service's transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void notify(Account recipient, News news) {
    notify(recipient, news, repository.preference(recipient.getId(), news.kind()));
  }

  /**
   * Notifies the person, e-mailing as the caller decides rather than by the person's preference for
   * the kind: for kinds not {@linkplain NotificationKind#isChosenPerKind() chosen per kind}, whose
   * feature keeps the choice per subject (a saved search's frequency) and may send its own digest.
   * Only inside a service's transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void notify(Account recipient, News news, Delivery delivery) {
    MailState state =
        switch (delivery) {
          case NONE -> MailState.NONE;
          case DIGEST -> MailState.DIGEST;
          case IMMEDIATE ->
              news.kind().mailWaits() && repository.hasUnreadMailed(recipient, news.subject())
                  ? MailState.SHARED
                  : MailState.WAITING;
        };
    Notification notification =
        new Notification(
            recipient,
            news.kind(),
            news.subject(),
            news.text(),
            news.link(),
            news.mailSubject(),
            news.mailBody(),
            state,
            clock.instant());
    repository.store(notification);
    if (state == MailState.WAITING) {
      if (news.kind().mailWaits()) {
        queue.mailAfter(notification.getId(), mailWait());
      } else {
        mail(notification);
      }
    }
  }

  /** The person has seen the subject (e.g. opened the conversation): its notifications are read. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void seen(Account recipient, String subject) {
    repository.markRead(recipient, subject, clock.instant());
  }

  /**
   * Sends the notification's e-mail if it still waits for one; anything else (read meanwhile,
   * already sent by an earlier delivery of the same request) sends nothing. Called by the queue.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void mailIfStillDue(long notificationId) {
    repository
        .findForUpdate(notificationId)
        .filter(n -> n.getMailState() == MailState.WAITING && !n.isRead())
        .ifPresent(this::mail);
  }

  /** Sends the person their digest: one e-mail with every notification kept for it. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int sendDigest(long accountId) {
    Account recipient = repository.account(accountId);
    List<Notification> kept = repository.forDigest(recipient);
    kept.forEach(n -> n.mailed(MailState.DIGESTED));
    List<Notification> due = kept.stream().filter(n -> !n.isRead()).toList();
    if (due.isEmpty()) {
      return 0;
    }
    StringBuilder body =
        new StringBuilder("Hello " + recipient.getDisplayName() + ",\n\nSince yesterday:\n\n");
    for (Notification n : due) {
      body.append("- ")
          .append(n.getText())
          .append("\n  ")
          .append(Settings.baseUrl())
          .append(n.getLink())
          .append("\n\n");
    }
    body.append("Choose how you get each kind of notification on ")
        .append(Settings.baseUrl())
        .append("/account/notifications\n");
    mailer.send(
        recipient.getEmail(),
        due.size() == 1
            ? "Corkboard: 1 new notification"
            : "Corkboard: " + due.size() + " new notifications",
        body.toString());
    return due.size();
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<Long> digestRecipients() {
    return repository.digestRecipients();
  }

  @RolesAllowed(Role.USER_NAME)
  public List<NotificationEntry> mine(int first, int size) {
    return repository
        .of(current.account(), Math.max(first, 0), Math.min(Math.max(size, 1), 50))
        .stream()
        .map(NotificationEntry::of)
        .toList();
  }

  @RolesAllowed(Role.USER_NAME)
  public long countMine() {
    return repository.count(current.account());
  }

  @RolesAllowed(Role.USER_NAME)
  public long unread() {
    return repository.countUnread(current.account());
  }

  /** Marks one of the caller's notifications read; returns where it leads. */
  @RolesAllowed(Role.USER_NAME)
  public String open(long id) {
    Notification notification =
        repository
            .findForUpdate(id)
            .filter(n -> n.getRecipient().equals(current.account()))
            .orElseThrow(() -> new Forbidden("This notification is not yours."));
    notification.read(clock.instant());
    return notification.getLink();
  }

  @RolesAllowed(Role.USER_NAME)
  public void markAllRead() {
    repository.markRead(current.account(), null, clock.instant());
  }

  /** The person's choice for each kind chosen per kind. */
  @RolesAllowed(Role.USER_NAME)
  public Map<NotificationKind, Delivery> preferences() {
    Map<NotificationKind, Delivery> preferences = repository.preferences(current.account().getId());
    preferences.keySet().removeIf(kind -> !kind.isChosenPerKind());
    return preferences;
  }

  @RolesAllowed(Role.USER_NAME)
  public void choose(NotificationKind kind, Delivery delivery) {
    if (kind == null || delivery == null || !kind.isChosenPerKind()) {
      throw new Refused("Choose how you want to hear of it.");
    }
    repository.setPreference(current.account().getId(), kind, delivery);
  }

  /** What a preference link names, for its page: the kind and the current choice. */
  @PermitAll
  public PreferenceLinks.Claim linkClaim(String token) {
    return links
        .verify(token)
        .filter(claim -> repository.account(claim.accountId()) != null)
        .orElseThrow(
            () ->
                new Refused(
                    "This link is not valid. Change your e-mail settings in your account."));
  }

  /** Changes the preference a signed link names; nothing else. */
  @PermitAll
  public void chooseByLink(String token, Delivery delivery) {
    PreferenceLinks.Claim claim = linkClaim(token);
    if (delivery == null) {
      throw new Refused("Choose how you want to hear of it.");
    }
    repository.setPreference(claim.accountId(), claim.kind(), delivery);
  }

  private void mail(Notification notification) {
    Account recipient = notification.getRecipient();
    NotificationKind kind = notification.getKind();
    // A kind not chosen per kind carries its own way out in its body (a saved search's link).
    String footer =
        !kind.isChosenPerKind()
            ? ""
            : "\n--\nTo change how you get e-mails like this one ("
                + kind.getLabel().toLowerCase(java.util.Locale.ROOT)
                + "), open: "
                + links.link(recipient.getId(), kind)
                + "\n";
    mailer.send(
        recipient.getEmail(), notification.getMailSubject(), notification.getMailBody() + footer);
    notification.mailed(MailState.MAILED);
  }

  private static Duration mailWait() {
    return Settings.duration("corkboard.notification.mail-wait", Duration.ofMinutes(2));
  }
}
