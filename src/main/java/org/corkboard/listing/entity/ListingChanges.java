package org.corkboard.listing.entity;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The body of an announcement on the corkboard.listing-changes topic: the ids of the listings one
 * transaction wrote, separated by spaces. An announcement of an older version carries one id as a
 * number; it is read as well, so that a node updated while the topic holds some still takes them.
 */
public final class ListingChanges {

  private ListingChanges() {}

  public static String text(Collection<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  /** The ids the announcement carries. */
  public static List<Long> ids(Message announcement) {
    try {
      if (announcement instanceof TextMessage text) {
        return Arrays.stream(text.getText().split(" ")).map(Long::valueOf).toList();
      }
      return List.of(announcement.getBody(Long.class));
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable listing changes", e);
    }
  }
}
