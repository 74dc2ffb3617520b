package org.corkboard.listing.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.corkboard.listing.entity.Listing;

/**
 * A listing page has one address, /listings/{id}/{slug}, so that links, bookmarks and search
 * engines agree on it. A GET of any other (/listing/view?id=, a missing or outdated slug) is moved
 * there for good; actions that end on the page go straight there.
 */
final class ListingAddress {

  /**
   * Request attribute: the path a request asked for, when {@link ListingUrlFilter} forwarded it.
   */
  static final String ASKED = ListingAddress.class.getName() + ".asked";

  private ListingAddress() {}

  static String path(long id, String slug) {
    return "/listings/" + id + "/" + slug;
  }

  /**
   * Answers a GET of another address of the listing's page with 301 to its own; true if it did. The
   * listing is the page's own read: checking the address costs nothing more.
   */
  static boolean movedPermanently(FacesContext faces, Listing listing) {
    ExternalContext external = faces.getExternalContext();
    String method = ((HttpServletRequest) external.getRequest()).getMethod();
    String canonical = path(listing.getId(), listing.slug());
    if (!("GET".equals(method) || "HEAD".equals(method))
        || canonical.equals(external.getRequestMap().get(ASKED))) {
      return false;
    }
    external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    external.setResponseHeader("Location", external.getRequestContextPath() + canonical);
    faces.responseComplete();
    return true;
  }

  /**
   * After a successful POST: on to the listing's page at its own address (no outcome to follow).
   */
  static String show(long id, String slug) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path(id, slug));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }
}
