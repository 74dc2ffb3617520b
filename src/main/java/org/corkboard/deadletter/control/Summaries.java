package org.corkboard.deadletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corkboard.mail.entity.OutgoingMail;
import org.corkboard.notification.entity.Notification;

/**
 * A dead letter's summary, safe to show: what its id stands for (a mail's recipient and subject, a
 * notification's kind and person), never a mail's text, a link or a token.
 */
@ApplicationScoped
public class Summaries {

  private static final int MAX_TEXT = 100;

  @PersistenceContext EntityManager em;

  public String of(String queue, Object body) {
    if (body instanceof Long id) {
      return switch (queue) {
        case WatchedQueues.MAIL -> mail(id);
        case WatchedQueues.NOTIFICATION -> notification(id);
        default -> "Id " + id;
      };
    }
    String text = String.valueOf(body);
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }

  private String mail(long id) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    return mail == null
        ? "Mail " + id + " (sent or removed since)"
        : "Mail " + id + " to " + mail.getRecipient() + ": “" + mail.getSubject() + "”";
  }

  private String notification(long id) {
    Notification notification = em.find(Notification.class, id);
    return notification == null
        ? "Notification " + id + " (removed since)"
        : "E-mail of notification "
            + id
            + " ("
            + notification.getKind()
            + ") for @"
            + notification.getRecipient().getUsername();
  }
}
