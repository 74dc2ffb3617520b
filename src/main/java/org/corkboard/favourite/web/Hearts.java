package org.corkboard.favourite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corkboard.account.entity.Role;
import org.corkboard.favourite.boundary.Favourites;
import org.corkboard.favourite.boundary.Favourites.Marks;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingStatus;

/**
 * The hearts of a page (WEB-INF/tags/heart.xhtml), for signed-in people only: anonymous visitors
 * get none and cost nothing. A page names the listings it is about to show ({@link #watch}, from a
 * preRenderView event), and the first heart asks for all of them at once: one query per page, not
 * one per card. A listing not named beforehand is asked for together with those still waiting.
 */
@Named
@RequestScoped
public class Hearts {

  @Inject Favourites favourites;
  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  private Boolean shown;
  private final Set<Long> waiting = new LinkedHashSet<>();
  private final Set<Long> known = new HashSet<>();
  private final Set<Long> favoured = new HashSet<>();
  private final Set<Long> own = new HashSet<>();

  /** Whether the page has hearts: for signed-in people. */
  public boolean isShown() {
    if (shown == null) {
      shown = security.getCallerPrincipal() != null && security.isCallerInRole(Role.USER_NAME);
    }
    return shown;
  }

  /** The page is about to show these cards. */
  public void watch(Collection<ListingCard> cards) {
    if (cards != null && isShown()) {
      cards.forEach(card -> waiting.add(card.id()));
    }
  }

  /** The page is about to show this listing. */
  public void watchListing(Long listingId) {
    if (listingId != null && isShown()) {
      waiting.add(listingId);
    }
  }

  /** Whether the person saved the listing. */
  public boolean on(long listingId) {
    know(listingId);
    return favoured.contains(listingId);
  }

  /**
   * Whether the listing gets a heart: not one's own, and either up (so it can be saved) or saved
   * already (so it can be taken out).
   */
  public boolean offered(long listingId, ListingStatus status) {
    // No status: a post-back of another form of the page, which shows no listing.
    if (!isShown() || status == null) {
      return false;
    }
    know(listingId);
    return !own.contains(listingId) && (status.isListed() || favoured.contains(listingId));
  }

  /** The address of this page, to come back to after a heart's form without script. */
  public String getBack() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded != null ? (String) forwarded : request.getRequestURI();
    Object query =
        forwarded != null
            ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    String back = path.substring(request.getContextPath().length());
    return query == null ? back : back + "?" + query;
  }

  private void know(long listingId) {
    if (known.contains(listingId)) {
      return;
    }
    waiting.add(listingId);
    List<Long> asked = new ArrayList<>(waiting);
    Marks marks = favourites.marks(asked);
    favoured.addAll(marks.favoured());
    own.addAll(marks.own());
    known.addAll(asked);
    waiting.clear();
  }
}
