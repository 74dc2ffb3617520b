package org.corkboard.search.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/**
 * Takes the people whose daily digest of saved-search alerts is due off the
 * corkboard.saved-search-digest queue and mails it, in the message's transaction: a failure is
 * redelivered, and a redelivery after success finds nothing left to send.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.saved-search-digest"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class SavedSearchDigestConsumer implements MessageListener {

  static final String QUEUE = "corkboard.saved-search-digest";

  @Inject SavedSearchDigests digests;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    deadLetters.attempt(QUEUE, message, digests::send);
  }
}
