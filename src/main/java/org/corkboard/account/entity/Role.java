package org.corkboard.account.entity;

/** What a person may do on Corkboard. Every account is a USER; some are also staff. */
public enum Role {
  USER,
  MODERATOR,
  ADMIN;

  public static final String USER_NAME = "USER";
  public static final String MODERATOR_NAME = "MODERATOR";
  public static final String ADMIN_NAME = "ADMIN";
}
