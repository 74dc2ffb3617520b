package org.corkboard.moderation.entity;

/** Why something is reported. */
public enum ReportReason {
  SPAM("Spam or advertising"),
  PROHIBITED("Prohibited item"),
  OFFENSIVE("Offensive or harassing"),
  SCAM("Scam or fraud"),
  WRONG_CATEGORY("Wrong category"),
  OTHER("Something else");

  private final String label;

  ReportReason(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
