package org.corkboard.deadletter.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The queues whose depth the console shows, by the names they have in the server's configuration
 * (wildfly-config/20-messaging.cli), with what they carry. Dead letters of every queue are kept.
 */
public final class WatchedQueues {

  public static final String MAIL = "corkboard.mail";
  public static final String NOTIFICATION = "corkboard.notification";

  /** Each queue's name and what it carries, in the order the page lists them. */
  public static final Map<String, String> LABELS = labels();

  private WatchedQueues() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(MAIL, "E-mails to send");
    labels.put(NOTIFICATION, "Notifications whose e-mail waits");
    return Collections.unmodifiableMap(labels);
  }
}
