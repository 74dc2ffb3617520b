package org.corkboard.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corkboard.account.entity.Account;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.NotificationKind;

/** A change that notifies someone and then fails, so that its transaction rolls back. */
@Stateless
@PermitAll
public class RollingBack {

  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  public void notifyThenFail(long accountId) {
    notifications.notify(
        em.find(Account.class, accountId),
        new News(
            NotificationKind.LISTING_EXPIRED,
            "listing:0",
            "Never told",
            "/listing/mine",
            "Never sent",
            "This mail must not arrive."));
    throw new IllegalStateException("rolled back on purpose");
  }
}
