package org.corkboard.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.corkboard.messaging.entity.Message;
import org.corkboard.platform.Settings;

/** The limits of messaging, from configuration, and the check of a message's text. */
@ApplicationScoped
public class MessagingRules {

  /** New conversations one person may open in 24 hours. */
  public int maxNewConversationsPerDay() {
    return Settings.number("corkboard.messaging.max-new-conversations-per-day", 20);
  }

  /** Messages one person may send in an hour, over all conversations. */
  public int maxMessagesPerHour() {
    return Settings.number("corkboard.messaging.max-messages-per-hour", 60);
  }

  /** What is wrong with a message's text, if anything. */
  public static Optional<String> problemWith(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("Write a message first.");
    }
    int length = text.strip().codePointCount(0, text.strip().length());
    if (length > Message.MAX_LENGTH) {
      return Optional.of(
          "Keep it to " + Message.MAX_LENGTH + " characters; this one has " + length + ".");
    }
    return Optional.empty();
  }
}
