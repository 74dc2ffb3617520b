package org.corkboard.messaging.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One person no longer accepts messages from another. */
@Entity
@Table(name = "account_block")
@IdClass(Block.Key.class)
public class Block {

  @Id private Long blockerId;
  @Id private Long blockedId;
  private Instant createdAt;

  protected Block() {}

  public Block(long blockerId, long blockedId, Instant now) {
    this.blockerId = blockerId;
    this.blockedId = blockedId;
    this.createdAt = now;
  }

  public Long getBlockerId() {
    return blockerId;
  }

  public Long getBlockedId() {
    return blockedId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The primary key: who blocks whom. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long blockerId;
    private Long blockedId;

    public Key() {}

    public Key(long blockerId, long blockedId) {
      this.blockerId = blockerId;
      this.blockedId = blockedId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(blockerId, k.blockerId)
          && Objects.equals(blockedId, k.blockedId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(blockerId, blockedId);
    }
  }
}
