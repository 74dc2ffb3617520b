package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;

/**
 * The e-mails about a person's listings, with their links. The texts are built by static methods so
 * that they can be checked without a container.
 */
@ApplicationScoped
public class ListingMails {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject Notifications notifications;
  @Inject ListingRules rules;

  /** Tells the owner that the listing expires soon and where to renew it with one click. */
  public void sendExpiryReminder(Listing listing) {
    Account owner = listing.getOwner();
    notifications.notify(
        owner,
        new News(
            NotificationKind.LISTING_EXPIRING,
            subject(listing),
            "Your listing “"
                + listing.getTitle()
                + "” expires on "
                + day(listing.getExpiresAt())
                + ".",
            "/listing/mine",
            expiryReminderSubject(listing.getTitle(), listing.getExpiresAt()),
            expiryReminderBody(
                owner.getDisplayName(),
                listing.getTitle(),
                listing.getId(),
                listing.getExpiresAt(),
                rules.lifetime())));
  }

  /** Tells the owner that the listing has expired and can be renewed. */
  public void sendExpired(Listing listing) {
    Account owner = listing.getOwner();
    String title = listing.getTitle().replaceAll("\\s+", " ").strip();
    notifications.notify(
        owner,
        new News(
            NotificationKind.LISTING_EXPIRED,
            subject(listing),
            "Your listing “" + title + "” has expired; renew it if it is still current.",
            "/listing/mine",
            "Your listing “" + title + "” has expired",
            """
            Hello %s,

            Your listing “%s” has expired and is no longer listed. If it is still current, renew it on your listings page:

            %s
            """
                .formatted(owner.getDisplayName(), title, Settings.baseUrl() + "/listing/mine")));
  }

  private static String subject(Listing listing) {
    return "listing:" + listing.getId();
  }

  public static String expiryReminderSubject(String title, Instant expiresAt) {
    // One line, whatever the title holds: it becomes a mail header.
    return "Your listing “%s” expires on %s"
        .formatted(title.replaceAll("\\s+", " ").strip(), day(expiresAt));
  }

  public static String expiryReminderBody(
      String ownerName, String title, long listingId, Instant expiresAt, Duration lifetime) {
    return """
        Hello %s,

        Your listing “%s” expires on %s:

        %s

        If it is still current, renew it with one click on your listings page; it then stays up for another %d days:

        %s

        If it is done, there is nothing to do: it ends by itself and you can still renew it later.
        """
        .formatted(
            ownerName,
            title,
            day(expiresAt),
            listingLink(listingId),
            lifetime.toDays(),
            Settings.baseUrl() + "/listing/mine");
  }

  /** The page of the listing, as its link is shared. */
  public static String listingLink(long listingId) {
    return Settings.baseUrl() + "/listings/" + listingId;
  }

  /** A day as the e-mails write it, in English and UTC: "24 December 2026". */
  public static String day(Instant instant) {
    return DAY.format(instant);
  }
}
