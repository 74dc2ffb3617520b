package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHeld;
import org.corkboard.moderation.entity.SubjectKind;

/**
 * Puts a listing that the word list held for review into the moderation queue, in the transaction
 * that held it: a case without reports, waiting until a moderator publishes the listing or keeps it
 * hidden.
 */
@ApplicationScoped
public class HeldListings {

  @Inject CaseRepository cases;
  @Inject Clock clock;

  void held(@Observes ListingHeld held) {
    Listing listing = held.listing();
    Instant now = clock.instant();
    cases
        .findOrOpenForUpdate(SubjectKind.LISTING, listing.getId(), listing.getOwner(), now)
        .heldForReview(now);
  }
}
