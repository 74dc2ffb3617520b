package org.corkboard.listing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One picture of a listing, stored re-encoded at display size and as a thumbnail. */
@Entity
@Table(name = "listing_picture")
@NamedQuery(
    name = "ListingPicture.findByListing",
    query = "SELECT p FROM ListingPicture p WHERE p.listing = :listing ORDER BY p.position, p.id")
@NamedQuery(
    name = "ListingPicture.deleteByListing",
    query = "DELETE FROM ListingPicture p WHERE p.listing = :listing")
public class ListingPicture {

  @Id
  @SequenceGenerator(
      name = "listing_picture_seq",
      sequenceName = "listing_picture_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_picture_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "listing_id")
  private Listing listing;

  private int position;

  @Basic(fetch = FetchType.LAZY)
  private byte[] image;

  @Basic(fetch = FetchType.LAZY)
  private byte[] thumbnail;

  private Instant createdAt;

  protected ListingPicture() {}

  public ListingPicture(
      Listing listing, int position, byte[] image, byte[] thumbnail, Instant now) {
    this.listing = Objects.requireNonNull(listing);
    this.position = position;
    this.image = Objects.requireNonNull(image);
    this.thumbnail = Objects.requireNonNull(thumbnail);
    this.createdAt = Objects.requireNonNull(now);
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Listing getListing() {
    return listing;
  }

  public int getPosition() {
    return position;
  }

  public byte[] image(boolean small) {
    return small ? thumbnail : image;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListingPicture picture && id != null && id.equals(picture.id);
  }

  @Override
  public int hashCode() {
    return ListingPicture.class.hashCode();
  }
}
