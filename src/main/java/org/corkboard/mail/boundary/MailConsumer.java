package org.corkboard.mail.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes mail ids off the mail queue. A failure rolls back and the queue redelivers later. */
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

  @Inject MailDelivery delivery;

  @Override
  public void onMessage(Message message) {
    try {
      delivery.deliver(message.getBody(Long.class));
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable mail message", e);
    }
  }
}
