package org.corkboard.setting.entity;

/** Where a setting's value comes from. */
public enum SettingSource {
  DEFAULT("default"),
  SYSTEM_PROPERTY("system property"),
  CHANGED_HERE("changed here");

  private final String label;

  SettingSource(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
