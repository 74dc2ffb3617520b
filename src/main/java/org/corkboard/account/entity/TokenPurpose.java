package org.corkboard.account.entity;

import java.time.Duration;

/** What a link sent by e-mail is for, and how long it stays valid. */
public enum TokenPurpose {
  VERIFY_EMAIL(Duration.ofHours(48)),
  RESET_PASSWORD(Duration.ofHours(1));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
