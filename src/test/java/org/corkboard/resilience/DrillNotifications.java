package org.corkboard.resilience;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.MailState;
import org.corkboard.notification.entity.NotificationKind;

/**
 * The server side of the mail drill ({@link MailDrill}): notifies one person of new messages in as
 * many conversations as asked, through the application's own {@link Notifications} service, so
 * every e-mail takes the real path (notification queue, mail queue, SMTP); and says how many are
 * still on their way.
 */
@Stateless
@PermitAll
public class DrillNotifications {

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  /** Notifies a new person of new messages in conversations {@code first} to {@code last}. */
  public void notify(String person, int first, int last) {
    Account recipient = person(person);
    for (int i = first; i <= last; i++) {
      notifications.notify(
          recipient,
          new News(
              NotificationKind.NEW_MESSAGE,
              "drill:" + i,
              "Drill message " + i,
              "/inbox",
              "Drill mail " + i,
              "Drill mail number " + i + "."));
    }
  }

  /** The notifications still waiting for their e-mail and the mails not yet sent. */
  public String pending() {
    long waiting =
        em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.mailState = :state", Long.class)
            .setParameter("state", MailState.WAITING)
            .getSingleResult();
    long mails =
        em.createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult();
    return "waiting=" + waiting + " mails=" + mails;
  }

  private Account person(String name) {
    return em.createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Account account =
                  new Account(name, name + "@drill.example", "Drill", "-", Instant.now());
              em.persist(account);
              return account;
            });
  }
}
