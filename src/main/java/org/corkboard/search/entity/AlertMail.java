package org.corkboard.search.entity;

/** Where the e-mail of an alert stands. */
public enum AlertMail {
  /** Sent when the listing was found (a saved search of immediate alerts). */
  MAILED,
  /** Waits for the next daily digest. */
  DIGEST,
  DIGESTED,
  /** The listing was no longer public when the digest was made, so it was not mentioned. */
  LEFT_OUT
}
