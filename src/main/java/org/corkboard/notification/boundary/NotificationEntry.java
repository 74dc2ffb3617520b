package org.corkboard.notification.boundary;

import java.time.Instant;
import org.corkboard.notification.entity.Notification;
import org.corkboard.notification.entity.NotificationKind;

/** A notification as its recipient sees it in the notification centre. */
public record NotificationEntry(
    long id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {

  static NotificationEntry of(Notification n) {
    return new NotificationEntry(
        n.getId(), n.getKind(), n.getText(), n.getLink(), n.getCreatedAt(), n.isRead());
  }
}
