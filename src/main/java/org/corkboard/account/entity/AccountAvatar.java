package org.corkboard.account.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An account's picture, already re-encoded as JPEG at display and thumbnail sizes. */
@Entity
@Table(name = "account_avatar")
public class AccountAvatar {

  @Id private Long accountId;

  @Basic(fetch = FetchType.LAZY)
  private byte[] image;

  @Basic(fetch = FetchType.LAZY)
  private byte[] thumbnail;

  private Instant updatedAt;

  protected AccountAvatar() {}

  public AccountAvatar(long accountId) {
    this.accountId = accountId;
  }

  public void replace(byte[] image, byte[] thumbnail, Instant now) {
    this.image = Objects.requireNonNull(image);
    this.thumbnail = Objects.requireNonNull(thumbnail);
    this.updatedAt = Objects.requireNonNull(now);
  }

  public byte[] image(boolean small) {
    return small ? thumbnail : image;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
