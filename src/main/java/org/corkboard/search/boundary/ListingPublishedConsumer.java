package org.corkboard.search.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.platform.DeadLetters;

/**
 * Takes the ids of listings that became public off the corkboard.listing-published queue, once in
 * the cluster, and alerts the saved searches that find them, in the message's transaction. A
 * failure is redelivered; one the queue gives up on is reported by {@link
 * ListingPublishedDeadLetters}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/corkboard.listing-published"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class ListingPublishedConsumer implements MessageListener {

  static final String QUEUE = "corkboard.listing-published";

  @Inject SavedSearchAlerts alerts;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    deadLetters.attempt(QUEUE, message, alerts::match);
  }
}
