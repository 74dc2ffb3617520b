package org.corkboard.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.corkboard.platform.DigestHour;

/**
 * Sends the daily digests at the configured hour ({@link DigestHour}), on one node of a cluster (a
 * persistent timer). Each person's digest is its own transaction, begun here ({@link Notifications}
 * sends digests only inside one): one failure does not hold back the others, and the next day's run
 * sends what is left.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DigestTimer {

  private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

  @Resource UserTransaction transaction;
  @Inject Notifications notifications;

  @Schedule(hour = "*", minute = "0", persistent = true)
  void everyHour() {
    if (DigestHour.isNow()) {
      sendDigests();
    }
  }

  private void sendDigests() {
    int mails = 0;
    List<Long> recipients = inTransaction(notifications::digestRecipients);
    for (long recipient : recipients) {
      try {
        mails += inTransaction(() -> notifications.sendDigest(recipient)) > 0 ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Digest for account " + recipient + " not sent; tomorrow's run tries again",
            e);
      }
    }
    LOG.log(Level.INFO, "Daily digest: {0} e-mails", mails);
  }

  /** Runs the work in a transaction of its own: committed if it returns, else rolled back. */
  private <T> T inTransaction(Callable<T> work) {
    try {
      transaction.begin();
      try {
        T result = work.call();
        transaction.commit();
        return result;
      } finally {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
          transaction.rollback();
        }
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("The digest transaction failed", e);
    }
  }
}
