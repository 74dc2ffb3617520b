package org.corkboard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
 * queue's consumer reports it at ERROR with the id and the last reason, and takes it off the
 * dead-letter queue: the log line is the alarm, and a {@link GivenUp} event, observed in the
 * consumer's transaction, keeps the message with its reason for an administrator to send again or
 * discard (the console's "Mail and queues"), so that it is kept exactly when it leaves the queue. A
 * dead-letter queue nobody reads would fill up unnoticed. Reasons are kept in memory, for the most
 * recent failures only.
 */
@ApplicationScoped
public class DeadLetters {

  private static final System.Logger LOG = System.getLogger(DeadLetters.class.getName());
  private static final int KEPT = 1000;
  private static final String REASON_NOT_KNOWN = "not known to this server (restarted since)";

  /** A message of the queue's dead-letter queue, and the reason of its last failure. */
  public record GivenUp(String queue, Message message, String reason) {}

  @Inject Event<GivenUp> givenUp;

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

  /**
   * Reports a request, a message of the queue's dead-letter queue, that the queue gave up on, and
   * has it kept, in the caller's transaction.
   */
  public void givenUp(String queue, Message message) {
    String subject = subject(message);
    String known = reasons.remove(queue + ":" + subject);
    String reason = known == null ? REASON_NOT_KNOWN : known;
    LOG.log(
        Level.ERROR,
        "Gave up on {0} {1} after its delivery attempts (dead-letter queue {0}.DLQ); last failure: {2}",
        queue,
        subject,
        reason);
    givenUp.fire(new GivenUp(queue, message, reason));
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
