package org.corkboard.notification.entity;

/** What a notification tells. Later features add their kinds here. */
public enum NotificationKind {
  /**
   * A colleague wrote. Its e-mail waits a little: a message read meanwhile needs none, and further
   * messages of the same conversation share it.
   */
  NEW_MESSAGE("New messages", true),
  LISTING_EXPIRING("A listing is about to expire", false),
  LISTING_EXPIRED("A listing has expired", false),
  /** A listing one saved got cheaper, or was sold or closed. */
  FAVOURITE_CHANGED("A favourite changed", false);

  private final String label;
  private final boolean mailWaits;

  NotificationKind(String label, boolean mailWaits) {
    this.label = label;
    this.mailWaits = mailWaits;
  }

  public String getLabel() {
    return label;
  }

  /** Whether its e-mail waits to see if the notification is read first. */
  public boolean mailWaits() {
    return mailWaits;
  }
}
