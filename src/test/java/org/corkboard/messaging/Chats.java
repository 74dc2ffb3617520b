package org.corkboard.messaging;

import static org.corkboard.testing.Identities.as;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.messaging.boundary.Conversations;

/** Listings and conversations for in-container tests, made through the services as people do. */
@ApplicationScoped
public class Chats {

  private static final Role[] USER = {Role.USER};

  @Inject Listings listings;
  @Inject Categories categories;
  @Inject Conversations conversations;

  /** A bike for sale by the seller (120 EUR); returns the listing's id. */
  public long listingOf(Account seller, String title) throws Exception {
    return as(seller.getUsername(), USER, () -> listings.post(bike(title)));
  }

  public long listingOf(Account seller) throws Exception {
    return listingOf(seller, "Bike " + System.nanoTime());
  }

  public ListingForm bike(String title) {
    return ListingForms.item(
        ListingType.FOR_SALE,
        categories.bySlug("bikes").orElseThrow().id(),
        title,
        "A fine bike, ridden to work for two years.",
        PriceMode.FIXED,
        new BigDecimal("120"));
  }

  /** The buyer writes about the listing; returns the conversation's id. */
  public long contact(Account buyer, long listing, String text) throws Exception {
    return as(buyer.getUsername(), USER, () -> conversations.contact(listing, text));
  }
}
