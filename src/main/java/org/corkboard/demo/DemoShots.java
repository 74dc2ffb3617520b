package org.corkboard.demo;

import java.awt.image.BufferedImage;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.demo.DemoCatalogue.Template;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.PictureStore;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingPicture;

/**
 * Adds the pictures of demo listings during one load. Each distinct picture (shot {@code n} of an
 * item) is drawn once and given to the picture store, which scales and encodes it as it does an
 * upload; a later listing showing the same picture gets its own rows with copies of those bytes,
 * since encoding is what takes the time.
 */
final class DemoShots {

  private static final System.Logger LOG = System.getLogger(DemoShots.class.getName());

  private record Shot(Template template, int variant) {}

  private final PictureStore store;
  private final ListingRepository repository;
  private final Map<Shot, ListingPicture> drawn = new HashMap<>();
  private int stored;
  private boolean unavailable;

  DemoShots(PictureStore store, ListingRepository repository) {
    this.store = store;
    this.repository = repository;
  }

  /** Adds the entry's pictures to its (stored) listing, the first one its cover. */
  void add(Listing listing, Entry entry, Instant now) {
    List<ListingPicture> added = new ArrayList<>();
    for (int variant = 0; variant < entry.pictures() && !unavailable; variant++) {
      Shot shot = new Shot(entry.template(), variant);
      ListingPicture original = drawn.get(shot);
      ListingPicture picture =
          original == null ? draw(listing, shot, now) : copy(original, listing, added.size(), now);
      if (picture != null) {
        added.add(picture);
      }
    }
    if (!added.isEmpty()) {
      listing.picturesChanged(added.get(0).getId(), added.size(), now);
    }
    stored += added.size();
  }

  int stored() {
    return stored;
  }

  int drawn() {
    return drawn.size();
  }

  private ListingPicture draw(Listing listing, Shot shot, Instant now) {
    Template template = shot.template();
    BufferedImage image;
    try {
      image =
          DemoPictures.draw(
              DemoCatalogue.theme(template.top()),
              template.motif(),
              template.label(),
              shot.variant());
    } catch (RuntimeException | LinkageError | InternalError e) {
      // A server without fonts or graphics libraries: the board works without pictures.
      unavailable = true;
      LOG.log(Level.WARNING, "Cannot draw demo pictures here; demo listings have none", e);
      return null;
    }
    ListingPicture picture = store.add(listing, image, now);
    drawn.put(shot, picture);
    return picture;
  }

  private ListingPicture copy(ListingPicture original, Listing listing, int position, Instant now) {
    var picture =
        new ListingPicture(listing, position, original.image(false), original.image(true), now);
    repository.storePicture(picture);
    return picture;
  }
}
