package org.corkboard.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/**
 * Takes the notifications whose e-mail wait is over off the notification queue. Deciding and
 * queueing the e-mail is one transaction with taking the message: a failure rolls both back and the
 * queue redelivers; a redelivery of a decided one sends nothing. The reason of a failure is noted
 * for the report if the queue gives up ({@link NotificationDeadLetterConsumer}).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.notification"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class NotificationMailConsumer implements MessageListener {

  static final String QUEUE = "corkboard.notification";

  @Inject Notifications notifications;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    long id = DeadLetters.id(message);
    try {
      notifications.mailIfStillDue(id);
    } catch (RuntimeException e) {
      deadLetters.failed(QUEUE, id, e);
      throw e;
    }
  }
}
