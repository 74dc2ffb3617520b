package org.corkboard.messaging.control;

import org.corkboard.messaging.entity.Conversation;
import org.corkboard.messaging.entity.Message;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;

/** A new message as the notification centre tells it to the other person, and its e-mail. */
public final class MessageNews {

  /** The longest part of a message an e-mail quotes; the rest is on the page. */
  static final int QUOTED = 500;

  private MessageNews() {}

  /** The notifications' subject: all of one conversation's share one e-mail while unread. */
  public static String subject(Conversation conversation) {
    return "conversation:" + conversation.getId();
  }

  public static News of(Message message) {
    Conversation conversation = message.getConversation();
    String sender = message.getSender().getDisplayName();
    String recipient = conversation.other(message.getSender()).getDisplayName();
    String title = conversation.getListingTitle().replaceAll("\\s+", " ").strip();
    String link = "/inbox/" + conversation.getId();
    String body = message.summary();
    String quoted = body.length() <= QUOTED ? body : body.substring(0, QUOTED) + "…";
    return new News(
        NotificationKind.NEW_MESSAGE,
        subject(conversation),
        sender + " wrote about “" + title + "”: " + conversation.getLastExcerpt(),
        link,
        sender + " wrote to you about “" + title + "”",
        """
        Hello %s,

        %s wrote to you about “%s”:

        %s

        Read and answer it on Corkboard (further messages of this conversation wait there until you have read this one):

        %s
        """
            .formatted(
                recipient,
                sender,
                title,
                quoted.indent(4).stripTrailing(),
                Settings.baseUrl() + link));
  }
}
