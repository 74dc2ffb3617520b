package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingPicture;
import org.corkboard.platform.Refused;
import org.corkboard.platform.images.Pictures;
import org.corkboard.platform.images.Scaling;

/**
 * Keeps a listing's pictures: scaled to a display size and a thumbnail, re-encoded (which drops
 * EXIF and GPS data), numbered in display order, the first one the listing's cover.
 */
@ApplicationScoped
public class PictureStore {

  public static final int MAX_PICTURES = 10;
  static final int DISPLAY = 1600;
  static final int THUMBNAIL = 480;

  @Inject ListingRepository repository;

  /** Adds a decoded picture at the end. */
  public ListingPicture add(Listing listing, BufferedImage image, Instant now) {
    List<ListingPicture> pictures = repository.pictures(listing);
    if (pictures.size() >= MAX_PICTURES) {
      throw new Refused("pictures", "A listing has at most " + MAX_PICTURES + " pictures.");
    }
    var picture =
        new ListingPicture(
            listing,
            pictures.size(),
            Pictures.jpeg(Scaling.fitWithin(image, DISPLAY, DISPLAY), 0.85f),
            Pictures.jpeg(Scaling.fitWithin(image, THUMBNAIL, THUMBNAIL), 0.8f),
            now);
    repository.storePicture(picture);
    pictures.add(picture);
    renumber(listing, pictures, now);
    return picture;
  }

  /** Moves a picture to a new place (0 is the cover) and renumbers the others. */
  public void move(Listing listing, long pictureId, int position, Instant now) {
    List<ListingPicture> pictures = new ArrayList<>(repository.pictures(listing));
    ListingPicture picture = pictureIn(pictures, pictureId);
    pictures.remove(picture);
    pictures.add(Math.max(0, Math.min(position, pictures.size())), picture);
    renumber(listing, pictures, now);
  }

  public void remove(Listing listing, long pictureId, Instant now) {
    List<ListingPicture> pictures = new ArrayList<>(repository.pictures(listing));
    ListingPicture picture = pictureIn(pictures, pictureId);
    pictures.remove(picture);
    repository.removePicture(picture);
    renumber(listing, pictures, now);
  }

  private static ListingPicture pictureIn(List<ListingPicture> pictures, long pictureId) {
    return pictures.stream()
        .filter(p -> p.getId() == pictureId)
        .findFirst()
        .orElseThrow(() -> new Refused("This picture is not part of the listing."));
  }

  private static void renumber(Listing listing, List<ListingPicture> pictures, Instant now) {
    for (int i = 0; i < pictures.size(); i++) {
      pictures.get(i).moveTo(i);
    }
    listing.picturesChanged(
        pictures.isEmpty() ? null : pictures.get(0).getId(), pictures.size(), now);
  }
}
