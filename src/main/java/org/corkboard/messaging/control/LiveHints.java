package org.corkboard.messaging.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.util.Map;

/**
 * Tells the open pages of a conversation's people that it changed, through the corkboard.push
 * topic, which every node consumes (each pushes to the sockets it holds). A hint carries ids only;
 * the page reads what changed through the services.
 *
 * <p>Sent once the caller's transaction has committed, not in it: in a two-phase commit the JMS
 * branch may commit before the database's, and a page that re-read at once would miss the change. A
 * rolled-back change tells nobody; a hint lost in a crash costs only a reload.
 */
@ApplicationScoped
public class LiveHints {

  /** A message was added: both people's pages re-read. */
  public static final String MESSAGE = "message";

  /** The recipient read the sender's messages: only the sender's pages re-read ("Seen"). */
  public static final String SEEN = "seen";

  /** What changed; {@code messageId} is the added message's, 0 for "seen". */
  record Hint(String kind, long conversationId, long messageId, long recipientId, long senderId) {}

  @Inject Event<Hint> committed;

  @Inject
  @JMSConnectionFactory("java:/ConnectionFactory")
  JMSContext jms;

  @Resource(lookup = "java:/jms/topic/corkboard.push")
  Topic topic;

  public void messageSent(long conversationId, long messageId, long recipientId, long senderId) {
    committed.fire(new Hint(MESSAGE, conversationId, messageId, recipientId, senderId));
  }

  public void messagesSeen(long conversationId, long writerId, long readerId) {
    committed.fire(new Hint(SEEN, conversationId, 0, writerId, readerId));
  }

  void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) Hint hint) {
    jms.createProducer()
        .send(
            topic,
            Map.<String, Object>of(
                "kind", hint.kind(),
                "conversation", hint.conversationId(),
                "message", hint.messageId(),
                "recipient", hint.recipientId(),
                "sender", hint.senderId()));
  }
}
