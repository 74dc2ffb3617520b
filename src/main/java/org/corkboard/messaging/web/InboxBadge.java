package org.corkboard.messaging.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.messaging.boundary.Conversations;

/** The number of conversations with unread messages, in the header of every page. */
@Named
@RequestScoped
public class InboxBadge {

  @Inject Conversations conversations;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = conversations.unread();
    }
    return unread;
  }
}
