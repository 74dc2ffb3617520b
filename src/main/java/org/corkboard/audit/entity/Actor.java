package org.corkboard.audit.entity;

import java.util.Objects;

/** Who acted: their account's id and their username at the time. */
public record Actor(long id, String username) {

  public Actor {
    Objects.requireNonNull(username, "An actor has a username.");
  }
}
