package org.corkboard.search.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/**
 * Reports the listing changes an index gave up on; the listing is then stale in that node's index
 * until it changes again or the node catches up at its next start.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.listing-changes.DLQ"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class ListingChangeDeadLetters implements MessageListener {

  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    deadLetters.givenUp(ListingChangeConsumer.TOPIC, message);
  }
}
