package org.corkboard.messaging.entity;

/** Why a message is reported. */
public enum ReportReason {
  SPAM("Spam or advertising"),
  OFFENSIVE("Offensive or harassing"),
  SCAM("Scam or fraud"),
  OTHER("Something else");

  private final String label;

  ReportReason(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
