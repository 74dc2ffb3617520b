package org.corkboard.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Sends each {@link EveryNode} event fired here to the other nodes, once its transaction has
 * committed (a rolled-back change sends nothing, and a node hearing of it reads the committed
 * state). Events that came from another node are not sent on again.
 */
@ApplicationScoped
public class EveryNodeRelay {

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/topic/corkboard.every-node")
  Topic topic;

  void relay(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) EveryNode event, EventMetadata metadata) {
    boolean fromAnotherNode =
        metadata.getQualifiers().stream()
            .anyMatch(qualifier -> qualifier.annotationType() == FromAnotherNode.class);
    if (!fromAnotherNode) {
      try (JMSContext jms = connections.createContext()) {
        ThisNode.marking(jms.createProducer()).send(topic, event.getClass().getName());
      }
    }
  }
}
