package org.corkboard.notification.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** How one person wants one kind of notification by e-mail; without a row, the kind's default. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

  @Id private Long accountId;

  @Id
  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  protected NotificationPreference() {}

  public NotificationPreference(long accountId, NotificationKind kind, Delivery delivery) {
    this.accountId = accountId;
    this.kind = kind;
    this.delivery = delivery;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = Objects.requireNonNull(delivery);
  }

  /** The primary key: whose preference for which kind. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long accountId;
    private NotificationKind kind;

    public Key() {}

    public Key(long accountId, NotificationKind kind) {
      this.accountId = accountId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(kind, k.kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, kind);
    }
  }
}
