package org.corkboard.favourite.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingEnded;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceLowered;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;

/**
 * Tells everyone who saved a listing, but its owner, when its price drops or it is sold or closed:
 * one notification each, stored (and its e-mail requested) in the transaction of the change, as the
 * events are observed synchronously inside it. The texts are built by static methods so that they
 * can be checked without a container.
 */
@ApplicationScoped
public class FavouriteNews {

  /** What changed, as a mail subject starts ("Sold") and as a sentence says it. */
  public record Change(String headline, String sentence) {}

  @Inject FavouriteRepository repository;
  @Inject Notifications notifications;

  void priceLowered(@Observes PriceLowered lowered) {
    tell(lowered.listing(), priceChange(lowered.before(), lowered.listing().getPrice()));
  }

  void ended(@Observes ListingEnded ended) {
    tell(ended.listing(), ending(ended.listing().getStatus()));
  }

  private void tell(Listing listing, Change change) {
    for (Account person : repository.favouringOthers(listing)) {
      notifications.notify(
          person, news(person.getDisplayName(), listing.getId(), listing.getTitle(), change));
    }
  }

  public static Change priceChange(Price before, Price after) {
    if (!after.getMode().hasAmount()) {
      return new Change("Now free", "Now free (was " + before.brief() + ").");
    }
    return new Change(
        "Price lowered", "Price lowered from " + before.brief() + " to " + after.brief() + ".");
  }

  public static Change ending(ListingStatus status) {
    return status == ListingStatus.SOLD
        ? new Change("Sold", "It has been sold.")
        : new Change("Closed", "Its owner closed it: it is no longer available.");
  }

  public static News news(String recipient, long listingId, String title, Change change) {
    String oneLine = title.replaceAll("\\s+", " ").strip();
    String link = "/listings/" + listingId;
    return new News(
        NotificationKind.FAVOURITE_CHANGED,
        "favourite:" + listingId,
        "Your favourite “" + oneLine + "”: " + change.sentence(),
        link,
        change.headline() + ": “" + oneLine + "”",
        """
        Hello %s,

        A listing you saved to your favourites changed.

        “%s”
        %s

        %s

        Your favourites: %s
        """
            .formatted(
                recipient,
                oneLine,
                change.sentence(),
                Settings.baseUrl() + link,
                Settings.baseUrl() + "/account/favourites"));
  }
}
