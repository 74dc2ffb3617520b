package org.corkboard.messaging;

import static org.corkboard.testing.Identities.as;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.ListingForms;
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

  /** A bike for sale by the seller; returns the listing's id. */
  public long listingOf(Account seller) throws Exception {
    long bikes = categories.bySlug("bikes").orElseThrow().id();
    return as(
        seller.getUsername(),
        USER,
        () ->
            listings.post(
                ListingForms.item(
                    ListingType.FOR_SALE,
                    bikes,
                    "Bike " + System.nanoTime(),
                    "Ridden to work.",
                    PriceMode.FIXED,
                    BigDecimal.TEN)));
  }

  /** The buyer writes about the listing; returns the conversation's id. */
  public long contact(Account buyer, long listing, String text) throws Exception {
    return as(buyer.getUsername(), USER, () -> conversations.contact(listing, text));
  }
}
