package org.corkboard.search.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.corkboard.listing.entity.ListingChanges;
import org.corkboard.platform.DeadLetters;

/**
 * Takes the ids of written listings (those of one transaction at a time) off the
 * corkboard.listing-changes topic, on every node, and brings this node's index up to date. A
 * failure is tried again by the topic; one it gives up on is reported by {@link
 * ListingChangeDeadLetters}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/topic/corkboard.listing-changes"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class ListingChangeConsumer implements MessageListener {

  static final String TOPIC = "corkboard.listing-changes";

  @Inject SearchIndex index;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    deadLetters.attempt(TOPIC, message, () -> index.apply(ListingChanges.ids(message)));
  }
}
