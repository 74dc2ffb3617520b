package org.corkboard.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.entity.ListingCard;

/** A person's active listings, shown on their public profile (account/user.xhtml). */
@Named
@RequestScoped
public class UserListingsView {

  @Inject Browsing browsing;

  private final Map<String, List<ListingCard>> byUser = new HashMap<>();

  public List<ListingCard> of(String username) {
    return username == null ? List.of() : byUser.computeIfAbsent(username, browsing::activeOf);
  }
}
