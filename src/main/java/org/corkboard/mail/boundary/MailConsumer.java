package org.corkboard.mail.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/**
 * Takes mail ids off the mail queue. A failure rolls back and the queue redelivers later; its
 * reason is noted for the report if the queue gives up ({@link MailDeadLetterConsumer}).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.mail"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class MailConsumer implements MessageListener {

  static final String QUEUE = "corkboard.mail";

  @Inject MailDelivery delivery;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    long id = DeadLetters.id(message);
    try {
      delivery.deliver(id);
    } catch (RuntimeException e) {
      deadLetters.failed(QUEUE, id, e);
      throw e;
    }
  }
}
