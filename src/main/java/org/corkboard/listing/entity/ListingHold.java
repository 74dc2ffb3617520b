package org.corkboard.listing.entity;

/** Why a listing is hidden, which decides how it comes back. */
public enum ListingHold {
  /** A moderator hid it; its owner may edit it and ask for another review. */
  MODERATOR,
  /** Reported by enough people: hidden until a moderator reviews it. */
  REPORTS,
  /** Its owner is suspended: shown again when the suspension ends. */
  SUSPENSION,
  /** Its owner's account is deactivated: shown again when it is reactivated. */
  DEACTIVATION,
  /**
   * Its text matched the word list when it was published or edited: pending review, until a
   * moderator publishes it or keeps it hidden.
   */
  WORD_LIST
}
