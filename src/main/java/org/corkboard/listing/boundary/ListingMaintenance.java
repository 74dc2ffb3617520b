package org.corkboard.listing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.corkboard.listing.control.ListingChangeFeed;
import org.corkboard.listing.control.ListingMails;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.Listing;

/**
 * The listings' housekeeping over time, run by {@link ListingExpiryTimer}: listings whose lifetime
 * is over expire, and owners are reminded once, a few days before, that theirs is about to.
 *
 * <p>Transactions: the work is done in batches of {@value #BATCH} listings, each batch in a
 * transaction of its own ({@code REQUIRES_NEW} on {@link #expireBatch} and {@link #remindBatch}).
 * {@link #expireDue} and {@link #remindDue} run without a transaction and call the batch methods
 * through the container (the session context's business object; a plain call on {@code this} would
 * bypass the transaction attribute) until a batch comes back short. So a long backlog never becomes
 * one huge transaction, and what a batch did stays done. A reminder e-mail is queued in the
 * transaction of its batch, together with the mark that it was sent: a batch that fails (say,
 * because the owner renewed the listing at that moment) rolls back without sending anything, the
 * call ends with the exception, and the next run does that batch again.
 *
 * <p>Concurrency: one run at a time on a node (a singleton's write lock, which the batch calls
 * re-enter). Two runs at once would take the same listings, and the version check would fail one of
 * them; so a run started while another is going (the timer's and a direct call's) waits for it and
 * then finds nothing left to do. Between nodes: the timer is persistent, so a cluster runs it on
 * one node at a time; should two runs meet all the same, the version check keeps the work safe.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
@PermitAll
public class ListingMaintenance {

  static final int BATCH = 500;

  @Resource SessionContext context;
  @Inject ListingRepository repository;
  @Inject ListingRules rules;
  @Inject ListingMails mails;
  @Inject ListingChangeFeed changes;
  @Inject Clock clock;

  /** Expires every active listing whose time is up; returns how many. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int expireDue() {
    Instant now = clock.instant();
    return inBatches(self -> self.expireBatch(now));
  }

  /** Reminds the owner of every active listing that expires soon and was not reminded yet. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int remindDue() {
    Instant now = clock.instant();
    Duration before = rules.reminderBefore();
    return inBatches(self -> self.remindBatch(now, before));
  }

  /**
   * Forgets the ids of listings deleted longer ago than search indexes catch up; returns how many.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int forgetOldDeletions() {
    return changes.forgetDeletionsBefore(clock.instant().minus(ListingChangeFeed.KEEP_DELETIONS));
  }

  /** One batch of {@link #expireDue()}; returns how many expired. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int expireBatch(Instant now) {
    int expired = 0;
    for (Listing listing : repository.dueForExpiry(now, BATCH)) {
      if (listing.expireIfDue(now)) {
        mails.sendExpired(listing);
        expired++;
      }
    }
    return expired;
  }

  /** One batch of {@link #remindDue()}; returns how many reminders it queued. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int remindBatch(Instant now, Duration before) {
    int reminded = 0;
    for (Listing listing : repository.dueForReminder(now.plus(before), BATCH)) {
      if (listing.needsReminder(now, before)) {
        mails.sendExpiryReminder(listing);
        listing.reminded(now);
        reminded++;
      }
    }
    return reminded;
  }

  /** Runs batches until one is not full: then nothing (that it could change) is left. */
  private int inBatches(ToIntFunction<ListingMaintenance> batch) {
    ListingMaintenance self = context.getBusinessObject(ListingMaintenance.class);
    int total = 0;
    int done;
    do {
      done = batch.applyAsInt(self);
      total += done;
    } while (done == BATCH);
    return total;
  }
}
