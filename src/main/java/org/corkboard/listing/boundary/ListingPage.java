package org.corkboard.listing.boundary;

import java.util.List;
import org.corkboard.account.boundary.Profiles.PublicProfile;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.listing.entity.Listing;

/**
 * A listing as its page shows it, with what the viewer may do to it. {@code pictureIds} are in
 * display order; {@code seller} is the owner as anyone may see them; {@code sellerListings} are the
 * owner's other active listings.
 */
public record ListingPage(
    Listing listing,
    List<Long> pictureIds,
    List<CategoryField> fields,
    PublicProfile seller,
    boolean mayEdit,
    List<org.corkboard.listing.entity.ListingCard> sellerListings) {}
