package org.corkboard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

  /** Notes why the attempt on the request failed; the queue will deliver it again or give up. */
  public void failed(String queue, long id, Throwable failure) {
    reasons.put(queue + ":" + id, reason(failure));
  }

  /** Reports a request that its queue gave up on. */
  public void givenUp(String queue, long id) {
    String reason = reasons.remove(queue + ":" + id);
    LOG.log(
        Level.ERROR,
        "Gave up on {0} {1,number,#} after its delivery attempts (dead-letter queue {0}.DLQ); last failure: {2}",
        queue,
        id,
        reason == null ? "not known to this server (restarted since)" : reason);
  }

  /** The id a request message carries. */
  public static long id(Message message) {
    try {
      return message.getBody(Long.class);
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
