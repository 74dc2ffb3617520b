package org.corkboard.platform.cluster;

import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;

/**
 * Tells this node's messages on a topic from the other nodes' ones: a node has already applied a
 * change it made before announcing it, so it skips its own announcement.
 */
public final class ThisNode {

  /** The message property naming the node that sent it. */
  static final String ORIGIN = "corkboard_origin";

  /** This node, a new one at each start: two nodes never share it, whatever their names. */
  static final String ID = java.util.UUID.randomUUID().toString();

  private ThisNode() {}

  /** The producer, marking what it sends as this node's. */
  public static JMSProducer marking(JMSProducer producer) {
    return producer.setProperty(ORIGIN, ID);
  }

  /** Whether this node sent the message. */
  public static boolean sent(Message message) {
    try {
      return ID.equals(message.getStringProperty(ORIGIN));
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable message property " + ORIGIN, e);
    }
  }
}
