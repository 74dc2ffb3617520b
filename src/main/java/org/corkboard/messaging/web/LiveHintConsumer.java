package org.corkboard.messaging.web;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.Map;
import org.corkboard.messaging.control.LiveHints;

/**
 * Takes hints off the corkboard.push topic and pushes them to the sockets this node holds. Every
 * node consumes the topic, as a person's socket may be open on any of them; a node without one of
 * the people's sockets sends nothing. The socket's user is the account id set by the server
 * (site.xhtml), so a hint reaches only the conversation's own people; it names the conversation and
 * the message added (0 if none), so that a page that already shows it, the sender's, need not
 * re-read.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/topic/corkboard.push"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class LiveHintConsumer implements MessageListener {

  static final String CHANNEL = "corkboard";

  @Inject
  @Push(channel = CHANNEL)
  PushContext push;

  @Override
  public void onMessage(Message message) {
    try {
      MapMessage hint = (MapMessage) message;
      long recipient = hint.getLong("recipient");
      long sender = hint.getLong("sender");
      boolean toBoth = LiveHints.MESSAGE.equals(hint.getString("kind"));
      push.send(
          Map.of("conversation", hint.getLong("conversation"), "message", hint.getLong("message")),
          toBoth ? List.of(recipient, sender) : List.of(recipient));
    } catch (JMSException | ClassCastException e) {
      throw new IllegalStateException("Unreadable push hint", e);
    }
  }
}
