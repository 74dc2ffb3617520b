package org.corkboard.notification.entity;

/** What a notification tells. Later features add their kinds here. */
public enum NotificationKind {
  /**
   * A colleague wrote. Its e-mail waits a little: a message read meanwhile needs none, and further
   * messages of the same conversation share it.
   */
  NEW_MESSAGE("New messages", true, true),
  LISTING_EXPIRING("A listing is about to expire", false, true),
  LISTING_EXPIRED("A listing has expired", false, true),
  /** A listing one saved got cheaper, or was sold or closed. */
  FAVOURITE_CHANGED("A favourite changed", false, true),
  /**
   * New listings found by a saved search. How soon they are e-mailed is chosen per saved search,
   * and their e-mails carry that search's own unsubscribe link, not a preference link.
   */
  SAVED_SEARCH("New listings for a saved search", false, false),
  /** A moderator decided about one's listing, profile or message, or reports hid a listing. */
  MODERATION("A moderator's decision about your content", false, true),
  /** A report one made was reviewed. */
  REPORT_DECIDED("What became of your reports", false, true);

  private final String label;
  private final boolean mailWaits;
  private final boolean chosenPerKind;

  NotificationKind(String label, boolean mailWaits, boolean chosenPerKind) {
    this.label = label;
    this.mailWaits = mailWaits;
    this.chosenPerKind = chosenPerKind;
  }

  public String getLabel() {
    return label;
  }

  /**
   * Whether its e-mail is chosen on the e-mail settings page (right away, digest or none); if not,
   * the feature that tells it decides per subject.
   */
  public boolean isChosenPerKind() {
    return chosenPerKind;
  }

  /** Whether its e-mail waits to see if the notification is read first. */
  public boolean mailWaits() {
    return mailWaits;
  }
}
