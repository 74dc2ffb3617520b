package org.corkboard.account.entity;

/**
 * Where an account stands, as the people table shows it: the strongest restriction first (a
 * deactivated account that is also locked reads "deactivated").
 */
public enum AccountState {
  ACTIVE("Active"),
  UNVERIFIED("Unverified"),
  SUSPENDED("Suspended"),
  LOCKED("Locked"),
  DEACTIVATED("Deactivated");

  private final String label;

  AccountState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
