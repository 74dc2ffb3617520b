package org.corkboard.listing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import org.corkboard.listing.entity.ListingWritten;

/**
 * Announces each committed write of a listing with its id on the corkboard.listing-changes topic,
 * which every node's search index consumes; see {@link ListingChangeFeed} for what catches up on
 * announcements that were lost.
 *
 * <p>It holds nothing that needs the caller's component context (no persistence context, no
 * injected JMSContext, which looks the transaction registry up in java:comp): after the commit of a
 * start-up singleton, such as the one loading the demo data, that context is gone already.
 */
@ApplicationScoped
public class ListingAnnouncer {

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/topic/corkboard.listing-changes")
  Topic topic;

  void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingWritten written) {
    try (JMSContext jms = connections.createContext()) {
      jms.createProducer().send(topic, written.listingId());
    }
  }
}
