package org.corkboard.deadletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.io.Serializable;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.corkboard.deadletter.entity.DeadLetter;
import org.corkboard.platform.Refused;

/**
 * Sends a dead letter back to the queue (or topic) it was given up on, with its body and its own
 * properties. The JMS context comes from java:/JmsXA and joins the caller's transaction: the
 * message is sent if and only if that transaction, which removes the dead letter, commits.
 */
@ApplicationScoped
public class Resender {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  public void sendBack(DeadLetter letter) {
    if (!letter.canBeSentAgain()) {
      throw new Refused(
          "The message of " + letter.getQueueName() + " cannot be sent again; discard it.");
    }
    Destination destination = destination(letter.getQueueName());
    JMSProducer producer = jms.createProducer();
    letter.sendableProperties().forEach(producer::setProperty);
    Object body = letter.sendableBody();
    if (body instanceof String text) {
      producer.send(destination, text);
    } else {
      producer.send(destination, (Serializable) body);
    }
  }

  /** The queue or topic by the name the configuration binds it under (20-messaging.cli). */
  private static Destination destination(String name) {
    for (String kind : new String[] {"queue", "topic"}) {
      try {
        return InitialContext.doLookup("java:/jms/" + kind + "/" + name);
      } catch (NamingException notThisKind) {
        // try the next kind
      }
    }
    throw new Refused("There is no queue " + name + " any more; discard its message.");
  }
}
