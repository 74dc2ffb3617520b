package org.corkboard.notification.entity;

/** How a kind of notification reaches a person by e-mail; in the app it always does. */
public enum Delivery {
  IMMEDIATE("Right away"),
  DIGEST("In a daily digest"),
  NONE("Not by e-mail");

  private final String label;

  Delivery(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
