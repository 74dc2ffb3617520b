package org.corkboard.messaging.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.util.Map;

/**
 * Tells the open pages of a conversation's people that it changed, through the corkboard.push
 * topic, which every node consumes (each pushes to the sockets it holds). A hint carries ids only;
 * the page reads what changed through the services. Sent in the caller's transaction (java:/JmsXA):
 * a rolled-back message tells nobody.
 */
@ApplicationScoped
public class LiveHints {

  /** A message was added: both people's pages re-read. */
  public static final String MESSAGE = "message";

  /** The recipient read the sender's messages: only the sender's pages re-read ("Seen"). */
  public static final String SEEN = "seen";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/topic/corkboard.push")
  Topic topic;

  public void messageSent(long conversationId, long recipientId, long senderId) {
    send(MESSAGE, conversationId, recipientId, senderId);
  }

  public void messagesSeen(long conversationId, long writerId, long readerId) {
    send(SEEN, conversationId, writerId, readerId);
  }

  private void send(String kind, long conversationId, long recipientId, long senderId) {
    jms.createProducer()
        .send(
            topic,
            Map.<String, Object>of(
                "kind", kind,
                "conversation", conversationId,
                "recipient", recipientId,
                "sender", senderId));
  }
}
