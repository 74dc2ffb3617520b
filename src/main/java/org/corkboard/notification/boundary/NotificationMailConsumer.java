package org.corkboard.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes the notifications whose e-mail wait is over off the notification queue. Deciding and
 * queueing the e-mail is one transaction with taking the message: a failure rolls both back and the
 * queue redelivers; a redelivery of a decided one sends nothing.
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

  @Inject Notifications notifications;

  @Override
  public void onMessage(Message message) {
    try {
      notifications.mailIfStillDue(message.getBody(Long.class));
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable notification message", e);
    }
  }
}
