package org.corkboard.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;
import org.corkboard.search.entity.SavedSearch;

/**
 * The words of saved-search alerts: the notification centre's entry and the e-mail of a listing
 * found, and the daily digest. Every e-mail ends with each search's unsubscribe link.
 */
@ApplicationScoped
public class SavedSearchNews {

  @Inject SavedSearchLinks links;

  /** What the owner of the search is told of the listing found. */
  public News found(SavedSearch search, Listing listing) {
    String name = clip(search.getName(), 60);
    return new News(
        NotificationKind.SAVED_SEARCH,
        "saved-search:" + search.getId(),
        "New for your search “" + name + "”: " + listing.getTitle(),
        address(listing),
        "Corkboard: new listing for your search “" + name + "”",
        "Hello "
            + search.getOwner().getDisplayName()
            + ",\n\nA new listing matches your saved search “"
            + search.getName()
            + "”:\n\n"
            + entry(listing)
            + "\nAll listings it finds: "
            + searchAddress(search)
            + "\n"
            + footer(List.of(search)));
  }

  public String digestSubject(int listings) {
    return listings == 1
        ? "Corkboard: 1 new listing for your saved searches"
        : "Corkboard: " + listings + " new listings for your saved searches";
  }

  /** One e-mail of the listings found for each search since the last digest. */
  public String digest(Account owner, Map<SavedSearch, List<Listing>> found) {
    StringBuilder body =
        new StringBuilder("Hello " + owner.getDisplayName() + ",\n\nNew since yesterday:\n");
    found.forEach(
        (search, listings) -> {
          body.append("\n== “").append(search.getName()).append("” ==\n\n");
          listings.forEach(listing -> body.append(entry(listing)).append('\n'));
          body.append("All listings it finds: ").append(searchAddress(search)).append('\n');
        });
    return body.append(footer(found.keySet())).toString();
  }

  private static String entry(Listing listing) {
    return listing.getTitle()
        + "\n"
        + listing.getPrice().display()
        + " · "
        + listing.getLocation().display()
        + "\n"
        + Settings.baseUrl()
        + address(listing)
        + "\n";
  }

  private String footer(Iterable<SavedSearch> searches) {
    StringBuilder footer =
        new StringBuilder(
            "\n--\nYou get this e-mail because you saved a search on Corkboard. To stop the"
                + " e-mails of a search, open its link (this pauses the search; you can resume"
                + " it):\n");
    for (SavedSearch search : searches) {
      footer
          .append("“")
          .append(search.getName())
          .append("”: ")
          .append(links.unsubscribe(search.getId()))
          .append('\n');
    }
    return footer
        .append("Your saved searches: ")
        .append(Settings.baseUrl())
        .append("/account/saved-searches\n")
        .toString();
  }

  private static String address(Listing listing) {
    return "/listings/" + listing.getId() + "/" + listing.slug();
  }

  private static String searchAddress(SavedSearch search) {
    return Settings.baseUrl() + "/search?" + search.getQuery();
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
