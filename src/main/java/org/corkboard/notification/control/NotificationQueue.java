package org.corkboard.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * Asks, through the notification queue, for a notification's e-mail once its wait is over. The
 * request joins the caller's transaction (java:/JmsXA): a rolled-back notification asks nothing.
 */
@ApplicationScoped
public class NotificationQueue {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.notification")
  Queue queue;

  public void mailAfter(long notificationId, Duration wait) {
    jms.createProducer().setDeliveryDelay(wait.toMillis()).send(queue, notificationId);
  }
}
