package org.corkboard.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.notification.entity.MailState;
import org.corkboard.notification.entity.Notification;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.notification.entity.NotificationPreference;

/** Notifications and preferences in the database; lists are paged there. */
@ApplicationScoped
public class NotificationRepository {

  @PersistenceContext EntityManager em;

  public void store(Notification notification) {
    em.persist(notification);
    em.flush();
  }

  /** The notification, locked: its e-mail is decided once, whoever else looks at it. */
  public Optional<Notification> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Whether an unread notification of the subject already has, or will have, an e-mail. */
  public boolean hasUnreadMailed(Account recipient, String subject) {
    return !em.createQuery(
            "SELECT n.id FROM Notification n WHERE n.recipient = :recipient"
                + " AND n.subject = :subject AND n.readAt IS NULL"
                + " AND n.mailState IN :states",
            Long.class)
        .setParameter("recipient", recipient)
        .setParameter("subject", subject)
        .setParameter("states", List.of(MailState.WAITING, MailState.MAILED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<Notification> of(Account recipient, int first, int size) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient = :recipient"
                + " ORDER BY n.createdAt DESC, n.id DESC",
            Notification.class)
        .setParameter("recipient", recipient)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(Account recipient) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient", Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  public long countUnread(Account recipient) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
                + " AND n.readAt IS NULL",
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  /** The people with notifications for the digest. */
  public List<Long> digestRecipients() {
    return em.createQuery(
            "SELECT DISTINCT n.recipient.id FROM Notification n WHERE n.mailState = :state",
            Long.class)
        .setParameter("state", MailState.DIGEST)
        .getResultList();
  }

  /** A person's notifications for the digest, locked, oldest first. */
  public List<Notification> forDigest(Account recipient) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.mailState = :state"
                + " ORDER BY n.createdAt, n.id",
            Notification.class)
        .setParameter("recipient", recipient)
        .setParameter("state", MailState.DIGEST)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** Every kind's delivery for the person: their choice, or the default (right away). */
  public Map<NotificationKind, Delivery> preferences(long accountId) {
    Map<NotificationKind, Delivery> preferences = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      preferences.put(kind, Delivery.IMMEDIATE);
    }
    em.createQuery(
            "SELECT p FROM NotificationPreference p WHERE p.accountId = :account",
            NotificationPreference.class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(p -> preferences.put(p.getKind(), p.getDelivery()));
    return preferences;
  }

  public Delivery preference(long accountId, NotificationKind kind) {
    NotificationPreference preference =
        em.find(NotificationPreference.class, new NotificationPreference.Key(accountId, kind));
    return preference == null ? Delivery.IMMEDIATE : preference.getDelivery();
  }

  public void setPreference(long accountId, NotificationKind kind, Delivery delivery) {
    NotificationPreference preference =
        em.find(NotificationPreference.class, new NotificationPreference.Key(accountId, kind));
    if (preference == null) {
      em.persist(new NotificationPreference(accountId, kind, delivery));
    } else {
      preference.setDelivery(delivery);
    }
  }

  public Account account(long id) {
    return em.find(Account.class, id);
  }

  /**
   * Marks the recipient's unread notifications of one subject (or, subject null, all) read. They
   * are locked first, as the mail queue may be deciding about one of them at this moment: the two
   * wait for each other instead of failing on the version (always in the same order, so never on
   * each other).
   */
  public void markRead(Account recipient, String subject, Instant now) {
    TypedQuery<Notification> query =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL"
                    + (subject == null ? "" : " AND n.subject = :subject")
                    + " ORDER BY n.id",
                Notification.class)
            .setParameter("recipient", recipient)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    // A parameter the query does not name is an error, even when its value is null.
    (subject == null ? query : query.setParameter("subject", subject))
        .getResultList()
        .forEach(n -> n.read(now));
  }
}
