package org.corkboard.deadletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corkboard.deadletter.entity.DeadLetter;
import org.corkboard.platform.DeadLetters.GivenUp;

/**
 * Keeps each message a queue gave up on, as its dead-letter queue's consumer takes it. MANDATORY:
 * the row is written in the consumer's transaction, which also takes the message off the
 * dead-letter queue, so a message is kept exactly when it leaves the queue; if the row cannot be
 * written, the message stays on the queue.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DeadLetterArchive {

  @PersistenceContext EntityManager em;
  @Inject Summaries summaries;
  @Inject Clock clock;

  public void keep(@Observes GivenUp givenUp) {
    Message message = givenUp.message();
    Object body = body(message);
    em.persist(
        new DeadLetter(
            givenUp.queue(),
            body,
            ownProperties(message),
            summaries.of(givenUp.queue(), body),
            givenUp.reason(),
            clock.instant()));
  }

  /** The body as sent, or a note of why it cannot be read (it is kept all the same). */
  private static Object body(Message message) {
    try {
      Object body = message.getBody(Object.class);
      return body == null ? "(no body)" : body;
    } catch (JMSException | RuntimeException e) {
      return new Unreadable(e.toString());
    }
  }

  /**
   * The properties the sender set: not the JMS headers and extensions ({@code JMS...}) nor the
   * broker's own ({@code _AMQ...}), which it sets again on every send.
   */
  private static Map<String, Object> ownProperties(Message message) {
    Map<String, Object> properties = new LinkedHashMap<>();
    try {
      for (Object name : Collections.list(message.getPropertyNames())) {
        String key = name.toString();
        if (!key.startsWith("JMS") && !key.startsWith("_")) {
          properties.put(key, message.getObjectProperty(key));
        }
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable message properties", e);
    }
    return properties;
  }

  /** A body that could not be read: kept as its reason, and never sent again. */
  record Unreadable(String why) {
    @Override
    public String toString() {
      return "unreadable body: " + why;
    }
  }
}
