package org.corkboard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Says why a queued request was given up. The consumers note the reason of each failed attempt
 * here; when the queue has used its attempts and moved the message to its dead-letter queue, that
 * queue's consumer reports it at ERROR with the id and the last reason, and so takes it off the
 * dead-letter queue: the log line is the alarm, and the request's own row (a mail still in
 * outgoing_mail, a notification still waiting for its e-mail) is the record to act on. A
 * dead-letter queue nobody reads would fill up unnoticed. Reasons are kept in memory, for the most
 * recent failures only.
 */
@ApplicationScoped
public class DeadLetters {

  private static final System.Logger LOG = System.getLogger(DeadLetters.class.getName());
  private static final int KEPT = 1000;

  private final Map<String, String> reasons =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > KEPT;
            }
          });

  /**
   * Carries out the request a message of the queue carries (its id). A failure is noted, for the
   * report if the queue gives up, and thrown on: the queue delivers the message again later.
   */
  public void attempt(String queue, Message message, LongConsumer request) {
    attempt(queue, message, () -> request.accept(body(message, Long.class)));
  }

  /** The same, for a request that reads its message itself. */
  public void attempt(String queue, Message message, Runnable request) {
    try {
      request.run();
    } catch (RuntimeException e) {
      reasons.put(queue + ":" + subject(message), reason(e));
      throw e;
    }
  }

  /** Reports a request, a message of the queue's dead-letter queue, that the queue gave up on. */
  public void givenUp(String queue, Message message) {
    String subject = subject(message);
    String reason = reasons.remove(queue + ":" + subject);
    LOG.log(
        Level.ERROR,
        "Gave up on {0} {1} after its delivery attempts (dead-letter queue {0}.DLQ); last failure: {2}",
        queue,
        subject,
        reason == null ? "not known to this server (restarted since)" : reason);
  }

  /** What the message asks for, as the log shows it: the id, or the ids, it carries. */
  private static String subject(Message message) {
    return String.valueOf(body(message, Object.class));
  }

  private static <T> T body(Message message, Class<T> type) {
    try {
      return message.getBody(type);
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable request message", e);
    }
  }

  /** The root cause of a failure, what the log and the record show. */
  public static String reason(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString();
  }
}
