package org.corkboard.notification.entity;

/** Where a notification's e-mail stands. */
public enum MailState {
  /** No e-mail from the centre: not wanted for this kind, or its feature sends its own. */
  NONE,
  /** Its e-mail is due once the wait is over, unless the notification is read by then. */
  WAITING,
  MAILED,
  /** An earlier, unread notification of the same subject has the e-mail. */
  SHARED,
  /** Read before the wait was over: no e-mail needed. */
  READ_IN_TIME,
  /** For the next daily digest. */
  DIGEST,
  DIGESTED
}
