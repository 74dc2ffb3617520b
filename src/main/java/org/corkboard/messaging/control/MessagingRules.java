package org.corkboard.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.corkboard.messaging.entity.Message;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.corkboard.setting.entity.RuntimeSetting;

/**
 * The limits of messaging, from the runtime settings (read at each use), and the check of a
 * message's text.
 */
@ApplicationScoped
public class MessagingRules {

  @Inject RuntimeSettings settings;

  /** New conversations one person may open in 24 hours. */
  public int maxNewConversationsPerDay() {
    return settings.number(RuntimeSetting.MESSAGING_MAX_NEW_CONVERSATIONS);
  }

  /** Messages one person may send in an hour, over all conversations. */
  public int maxMessagesPerHour() {
    return settings.number(RuntimeSetting.MESSAGING_MAX_MESSAGES);
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
