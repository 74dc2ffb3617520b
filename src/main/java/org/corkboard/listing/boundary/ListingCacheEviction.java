package org.corkboard.listing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.corkboard.listing.control.ActiveCounts;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingChanges;
import org.corkboard.platform.cluster.ThisNode;

/**
 * On every node, forgets what the node keeps of the listings another node wrote: their entries in
 * the shared cache (the next reader reads them from the database) and the browsing counts. The
 * announcements are those of the corkboard.listing-changes topic, which also feeds the search
 * indexes; they carry every write, bulk moves of a category's listings included. The node that
 * wrote skips its own: its cache took the new state at the commit.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/topic/corkboard.listing-changes"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class ListingCacheEviction implements MessageListener {

  @PersistenceUnit EntityManagerFactory persistence;
  @Inject ActiveCounts counts;

  @Override
  public void onMessage(Message message) {
    if (ThisNode.sent(message)) {
      return;
    }
    Cache cache = persistence.getCache();
    ListingChanges.ids(message).forEach(id -> cache.evict(Listing.class, id));
    counts.forgetAll();
  }
}
