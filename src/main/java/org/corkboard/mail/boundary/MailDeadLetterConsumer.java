package org.corkboard.mail.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/** Reports the mails the mail queue gave up on; the mail itself stays in outgoing_mail. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.mail.DLQ"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class MailDeadLetterConsumer implements MessageListener {

  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    deadLetters.givenUp(MailConsumer.QUEUE, DeadLetters.id(message));
  }
}
