package org.corkboard.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Asks, through the corkboard.saved-search-digest queue, for a person's daily digest of
 * saved-search alerts, in the caller's transaction (java:/JmsXA).
 */
@ApplicationScoped
public class DigestQueue {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.saved-search-digest")
  Queue queue;

  public void digestFor(long ownerId) {
    jms.createProducer().send(queue, ownerId);
  }
}
