package org.corkboard.listing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.PictureStore;
import org.corkboard.listing.entity.ListingPicture;
import org.corkboard.platform.images.Pictures;

/**
 * A listing's pictures: added, reordered and removed by whoever may edit the listing, served to
 * whoever may see it.
 */
@Stateless
public class ListingPictures {

  @Inject Listings listings;
  @Inject PictureStore store;
  @Inject ListingRepository repository;
  @Inject Clock clock;

  /**
   * An image ready to send, with the time it was stored, and whether everyone may see it (it
   * belongs to a listing that is not a draft).
   */
  public record Image(byte[] bytes, Instant storedAt, boolean forEveryone) {}

  /** Adds an uploaded picture (JPEG, PNG or WebP, checked by its content); returns its id. */
  @RolesAllowed(Role.USER_NAME)
  public long add(long listingId, byte[] upload) {
    var listing = listings.editable(listingId);
    var picture = Pictures.decode(upload, "pictures");
    return store.add(listing, picture.image(), clock.instant()).getId();
  }

  /** The listing's pictures in display order, for whoever may edit it. */
  @RolesAllowed(Role.USER_NAME)
  public List<Long> ids(long listingId) {
    return repository.pictures(listings.editable(listingId)).stream()
        .map(ListingPicture::getId)
        .toList();
  }

  @RolesAllowed(Role.USER_NAME)
  public void move(long listingId, long pictureId, int position) {
    store.move(listings.editable(listingId), pictureId, position, clock.instant());
  }

  @RolesAllowed(Role.USER_NAME)
  public void remove(long listingId, long pictureId) {
    store.remove(listings.editable(listingId), pictureId, clock.instant());
  }

  /** A picture, unless it belongs to a draft (drafts are private; their pictures too). */
  @PermitAll
  public Optional<Image> image(long pictureId, boolean thumbnail) {
    return repository
        .picture(pictureId)
        .filter(p -> forEveryone(p) || listings.maySee(p.getListing().getId()))
        .map(p -> new Image(p.image(thumbnail), p.getCreatedAt(), forEveryone(p)));
  }

  /** Whether anyone, signed in or not, may see the picture's listing. */
  private static boolean forEveryone(ListingPicture picture) {
    return picture.getListing().isVisibleTo(null, false);
  }
}
