package org.corkboard.deadletter;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.corkboard.deadletter.entity.DeadLetter;

/**
 * Finds the dead letters a test caused, by queue and body; and puts requests on the notification
 * queue's dead-letter queue directly, as the queue does after its attempts.
 */
@Stateless
@PermitAll
public class TestDeadLetters {

  @PersistenceContext EntityManager em;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.notification.DLQ")
  Queue notificationDeadLetters;

  @Resource(lookup = "java:/jms/queue/corkboard.notification")
  Queue notifications;

  /** An id no notification has; returns it. */
  public long giveUpOnNotification() {
    long id = unknownId();
    jms.createProducer().send(notificationDeadLetters, id);
    return id;
  }

  /** A request for an unknown notification, delayed on the notification queue; returns its id. */
  public long delayNotification(Duration wait) {
    long id = unknownId();
    jms.createProducer().setDeliveryDelay(wait.toMillis()).send(notifications, id);
    return id;
  }

  public Optional<DeadLetter> find(String queue, long id) {
    return em.createQuery(
            "SELECT d FROM DeadLetter d WHERE d.queueName = :queue AND d.body = :body",
            DeadLetter.class)
        .setParameter("queue", queue)
        .setParameter("body", String.valueOf(id))
        .getResultStream()
        .findFirst();
  }

  private static long unknownId() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
  }
}
