package org.corkboard.favourite.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A listing a person saved. Not in the shared cache: the database removes a favourite together with
 * its listing or account (ON DELETE CASCADE), which a cached copy would not learn.
 */
@Entity
@Cacheable(false)
@IdClass(Favourite.Key.class)
public class Favourite {

  @Id private Long accountId;
  @Id private Long listingId;
  private Instant createdAt;

  protected Favourite() {}

  public Favourite(long accountId, long listingId, Instant now) {
    this.accountId = accountId;
    this.listingId = listingId;
    this.createdAt = Objects.requireNonNull(now);
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getListingId() {
    return listingId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The primary key: whose favourite, of which listing. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long accountId;
    private Long listingId;

    public Key() {}

    public Key(long accountId, long listingId) {
      this.accountId = accountId;
      this.listingId = listingId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(listingId, k.listingId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, listingId);
    }
  }
}
