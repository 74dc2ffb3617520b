package org.corkboard.setting.entity;

import java.time.Instant;

/**
 * A setting as it stands on this node: its value, where the value comes from, the value a reset
 * gives (the system property's, else the default), and the version of its row, which a form keeps
 * to refuse a save over someone else's change.
 */
public record SettingState(
    RuntimeSetting setting,
    long value,
    SettingSource source,
    long fallback,
    long version,
    Instant changedAt,
    String changedBy) {

  public String describedValue() {
    return setting.describe(value);
  }

  public String describedFallback() {
    return setting.describe(fallback);
  }

  public boolean isChangedHere() {
    return source == SettingSource.CHANGED_HERE;
  }
}
