package org.corkboard.listing.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corkboard.account.entity.Account;
import org.corkboard.category.entity.Category;
import org.corkboard.platform.Refused;

/**
 * A classified ad. It is written as a draft, published for a limited time, and ends sold, closed or
 * expired; the rules of each step live in the verbs below.
 */
@Entity
@Cacheable
@EntityListeners(ListingWritten.Signal.class)
public class Listing {

  @Id
  @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id")
  private Account owner;

  @Enumerated(EnumType.STRING)
  private ListingType type;

  private String title;
  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  /** Kept beside the category so that a top-level category's page is one index range. */
  private Long topCategoryId;

  @Embedded private Price price;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_condition")
  private Condition condition;

  @Embedded private Location location;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "listing_detail", joinColumns = @JoinColumn(name = "listing_id"))
  @MapKeyColumn(name = "field_key")
  @Column(name = "field_value")
  private Map<String, String> details = new HashMap<>();

  @Enumerated(EnumType.STRING)
  private ListingStatus status;

  /** A hash of the normalized title and description, to spot the same ad posted twice. */
  private String fingerprint;

  /** The first picture, shown on cards; null without pictures. */
  private Long coverPictureId;

  private int pictureCount;
  private Instant createdAt;

  /**
   * When anything others see last changed (text, pictures, state). Every such change sets it: a
   * search index that missed the announcement of a change finds it by this (ListingChangeFeed).
   */
  private Instant updatedAt;

  private Instant publishedAt;
  private Instant expiresAt;
  private Instant reminderSentAt;
  private Instant endedAt;

  /** Why it is hidden (with status HIDDEN only), and what its owner is told of it. */
  @Enumerated(EnumType.STRING)
  private ListingHold hold;

  private String holdReason;
  private Instant reviewRequestedAt;

  @Version private long version;

  protected Listing() {}

  /** A new draft; nothing is public until it is published. */
  public Listing(Account owner, Instant now) {
    this.owner = Objects.requireNonNull(owner);
    this.status = ListingStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(now);
    this.updatedAt = now;
  }

  /** Sets what the ad says, checking what its type allows. */
  public void describe(
      ListingType type,
      String title,
      String description,
      Category category,
      Price price,
      Condition condition,
      Location location,
      Map<String, String> details,
      Instant now) {
    Objects.requireNonNull(type);
    if (!type.allows(price.getMode())) {
      throw new Refused(
          "priceMode", "A “" + type.label() + "” listing cannot have this kind of price.");
    }
    this.type = type;
    this.title = Objects.requireNonNull(title).strip();
    this.description = Objects.requireNonNull(description).strip();
    this.category = Objects.requireNonNull(category);
    this.topCategoryId = category.top().getId();
    this.price = price;
    this.condition = type.hasCondition() ? condition : null;
    this.location = Objects.requireNonNull(location);
    this.details = new HashMap<>(details);
    this.fingerprint = fingerprint(this.title, this.description);
    this.updatedAt = now;
  }

  public void publish(Instant now, Duration lifetime) {
    if (status != ListingStatus.DRAFT) {
      throw new Refused(
          "Only a draft can be published; this listing is "
              + status.name().toLowerCase(Locale.ROOT)
              + ".");
    }
    goLive(now, lifetime);
  }

  /** One more full lifetime from now; an expired listing comes back to the top. */
  public void renew(Instant now, Duration lifetime) {
    if (status == ListingStatus.ACTIVE) {
      expiresAt = now.plus(lifetime);
      reminderSentAt = null;
      updatedAt = now;
    } else if (status == ListingStatus.EXPIRED) {
      goLive(now, lifetime);
    } else {
      throw new Refused("Only an active or expired listing can be renewed.");
    }
  }

  private void goLive(Instant now, Duration lifetime) {
    status = ListingStatus.ACTIVE;
    publishedAt = now;
    expiresAt = now.plus(lifetime);
    reminderSentAt = null;
    endedAt = null;
    updatedAt = now;
  }

  /** Marks it sold: only something that was for sale or given away, and only while active. */
  public void markSold(Instant now) {
    if (type != ListingType.FOR_SALE && type != ListingType.FREE) {
      throw new Refused(
          "Only an item for sale or given away can be marked sold; close it instead.");
    }
    if (status != ListingStatus.ACTIVE) {
      throw new Refused("Only an active listing can be marked sold.");
    }
    end(ListingStatus.SOLD, now);
  }

  public void close(Instant now) {
    end(ListingStatus.CLOSED, now);
  }

  private void end(ListingStatus ending, Instant now) {
    if (status != ListingStatus.ACTIVE) {
      throw new Refused("Only an active listing can be closed.");
    }
    status = ending;
    endedAt = now;
    updatedAt = now;
  }

  /** Expires it if its time is up; true if it did. */
  public boolean expireIfDue(Instant now) {
    if (status != ListingStatus.ACTIVE || now.isBefore(expiresAt)) {
      return false;
    }
    status = ListingStatus.EXPIRED;
    endedAt = now;
    updatedAt = now;
    return true;
  }

  /** Whether the owner should now be told that it expires soon. */
  public boolean needsReminder(Instant now, Duration before) {
    return status == ListingStatus.ACTIVE
        && reminderSentAt == null
        && !now.isBefore(expiresAt.minus(before));
  }

  public void reminded(Instant now) {
    reminderSentAt = now;
  }

  /**
   * Takes an active listing off the board for a reason its owner is told. A hidden one takes the
   * new hold: a moderator's decision replaces a hold by reports or by a suspension.
   */
  public void hide(ListingHold hold, String reason, Instant now) {
    if (status != ListingStatus.ACTIVE && status != ListingStatus.HIDDEN) {
      throw new Refused("Only an active or hidden listing can be hidden.");
    }
    this.status = ListingStatus.HIDDEN;
    this.hold = Objects.requireNonNull(hold);
    this.holdReason = Objects.requireNonNull(reason);
    this.reviewRequestedAt = null;
    this.updatedAt = now;
  }

  /** Shows a hidden listing again; one whose lifetime ran out meanwhile expires at once. */
  public void restore(Instant now) {
    if (status != ListingStatus.HIDDEN) {
      throw new Refused("Only a hidden listing can be shown again.");
    }
    status = ListingStatus.ACTIVE;
    hold = null;
    holdReason = null;
    reviewRequestedAt = null;
    updatedAt = now;
    expireIfDue(now);
  }

  /** The owner asks a moderator to look again at the listing they hid (after editing it). */
  public void askForReview(Instant now) {
    if (hold != ListingHold.MODERATOR) {
      throw new Refused("Only a listing a moderator hid can be reviewed again.");
    }
    if (reviewRequestedAt != null) {
      throw new Refused("You asked for a review already; a moderator will look at it.");
    }
    reviewRequestedAt = now;
  }

  /**
   * Drafts and hidden listings are seen only by their owner (and staff); everything else by anyone
   * with the link.
   */
  public boolean isVisibleTo(Account viewer, boolean staff) {
    boolean ownersOnly = status == ListingStatus.DRAFT || status == ListingStatus.HIDDEN;
    return !ownersOnly || staff || owner.equals(viewer);
  }

  public void picturesChanged(Long coverPictureId, int pictureCount, Instant now) {
    this.coverPictureId = coverPictureId;
    this.pictureCount = pictureCount;
    this.updatedAt = now;
  }

  /** "Red city bike, 28 inch" becomes "red-city-bike-28-inch", for readable URLs. */
  public String slug() {
    return Slugs.of(title);
  }

  static String fingerprint(String title, String description) {
    String normalized =
        (title + "\n" + description).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Long getId() {
    return id;
  }

  public Account getOwner() {
    return owner;
  }

  public ListingType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Category getCategory() {
    return category;
  }

  public Price getPrice() {
    return price;
  }

  public Condition getCondition() {
    return condition;
  }

  public Location getLocation() {
    return location;
  }

  public Map<String, String> getDetails() {
    return Map.copyOf(details);
  }

  public ListingStatus getStatus() {
    return status;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Long getCoverPictureId() {
    return coverPictureId;
  }

  public int getPictureCount() {
    return pictureCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public ListingHold getHold() {
    return hold;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public Instant getReviewRequestedAt() {
    return reviewRequestedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Listing listing && id != null && id.equals(listing.id);
  }

  @Override
  public int hashCode() {
    return Listing.class.hashCode();
  }
}
