package org.corkboard.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.notification.boundary.Notifications;

/** The number of unread notifications, on the bell in the header of every page. */
@Named
@RequestScoped
public class NotificationBell {

  @Inject Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }
}
