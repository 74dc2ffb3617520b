package org.corkboard.listing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.corkboard.listing.entity.ListingReleased;

/**
 * Tells, through the corkboard.listing-published queue, that a listing has become public: first
 * published, or back after it expired. A queue, not the change topic: what follows (alerts for
 * saved searches) must happen once in the cluster, not on every node. The message joins the
 * caller's transaction (java:/JmsXA): a publication that rolls back tells nothing.
 */
@ApplicationScoped
public class ListingPublications {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.listing-published")
  Queue queue;

  public void published(long listingId) {
    jms.createProducer().send(queue, listingId);
  }

  /** A listing held for review from the start is public now. */
  void released(@Observes ListingReleased released) {
    published(released.listingId());
  }
}
