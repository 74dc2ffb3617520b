package org.corkboard.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/** Reports the notifications whose e-mail the queue gave up on; they stay waiting for it. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.notification.DLQ"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class NotificationDeadLetterConsumer implements MessageListener {

  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    deadLetters.givenUp(NotificationMailConsumer.QUEUE, DeadLetters.id(message));
  }
}
