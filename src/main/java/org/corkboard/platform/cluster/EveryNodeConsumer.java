package org.corkboard.platform.cluster;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Fires here, qualified {@link FromAnotherNode}, the {@link EveryNode} events that other nodes
 * fired. A message naming anything else (a class this version does not know, or one that is not
 * such an event) is logged and dropped.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/topic/corkboard.every-node"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class EveryNodeConsumer implements MessageListener {

  private static final System.Logger LOG = System.getLogger(EveryNodeConsumer.class.getName());

  @Inject @FromAnotherNode Event<EveryNode> events;

  @Override
  public void onMessage(Message message) {
    if (ThisNode.sent(message)) {
      return;
    }
    String name = body(message);
    event(name)
        .ifPresentOrElse(
            events::fire,
            () -> LOG.log(Level.WARNING, "Not an event for every node, dropped: {0}", name));
  }

  /** The event a message names: a record without components that is an {@link EveryNode}. */
  static Optional<EveryNode> event(String name) {
    try {
      Class<?> type = Class.forName(name, false, EveryNode.class.getClassLoader());
      if (!type.isRecord() || !EveryNode.class.isAssignableFrom(type)) {
        return Optional.empty();
      }
      return Optional.of((EveryNode) type.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static String body(Message message) {
    try {
      return message.getBody(String.class);
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable event message", e);
    }
  }
}
