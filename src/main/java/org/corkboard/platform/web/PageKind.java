package org.corkboard.platform.web;

import java.util.Locale;

/**
 * The kinds of page the request metrics are tagged with: a small fixed set, never the address
 * itself, so that the number of time series stays bounded whatever people type into the address
 * bar.
 */
public enum PageKind {
  HOME,
  CATEGORY,
  LISTING,
  SEARCH,
  SUGGESTIONS,
  ACCOUNT,
  INBOX,
  ADMIN,
  IMAGES,
  STATIC,
  OTHER;

  /** The tag's value: the name in lower case. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of the page at this path (the request's path within the application). */
  public static PageKind of(String path) {
    if (path.isEmpty()
        || path.equals("/")
        || path.equals("/index")
        || path.equals("/index.xhtml")) {
      return HOME;
    }
    String first = firstSegment(path);
    return switch (first) {
      case "category", "category.xhtml" -> CATEGORY;
      case "listing", "listings" -> LISTING;
      case "search", "search.xhtml" -> path.startsWith("/search/suggest") ? SUGGESTIONS : SEARCH;
      case "account", "notifications", "notifications.xhtml", "favourites" -> ACCOUNT;
      case "inbox" -> INBOX;
      case "admin", "moderation" -> ADMIN;
      case "pictures", "avatars", "attachments" -> IMAGES;
      case "jakarta.faces.resource", "resources", "favicon.svg" -> STATIC;
      default -> OTHER;
    };
  }

  private static String firstSegment(String path) {
    int end = path.indexOf('/', 1);
    return end < 0 ? path.substring(1) : path.substring(1, end);
  }
}
