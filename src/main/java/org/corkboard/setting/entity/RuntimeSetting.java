package org.corkboard.setting.entity;

import java.util.Optional;
import java.util.function.ToLongFunction;
import org.corkboard.platform.Refused;

/**
 * The settings an administrator may change at runtime, each named by the system property that was
 * (and, without a value kept in the database, still is) its configuration, with its unit, default
 * and bounds. The bounds keep the board usable: no lifetime of zero days, no limit nobody can meet.
 */
public enum RuntimeSetting {
  LISTING_LIFETIME("corkboard.listing.lifetime", "Listing lifetime", SettingUnit.DAYS, 30, 1, 365),
  LISTING_REMINDER(
      "corkboard.listing.reminder-before",
      "Reminder before a listing expires",
      SettingUnit.DAYS,
      3,
      1,
      60),
  LISTING_MAX_ACTIVE(
      "corkboard.listing.max-active",
      "Active listings per person",
      SettingUnit.COUNT,
      50,
      1,
      10_000),
  LISTING_MAX_PER_HOUR(
      "corkboard.listing.max-per-hour",
      "New listings per person in an hour",
      SettingUnit.COUNT,
      10,
      1,
      1_000),
  MESSAGING_MAX_NEW_CONVERSATIONS(
      "corkboard.messaging.max-new-conversations-per-day",
      "New conversations per person in a day",
      SettingUnit.COUNT,
      20,
      1,
      10_000),
  MESSAGING_MAX_MESSAGES(
      "corkboard.messaging.max-messages-per-hour",
      "Messages per person in an hour",
      SettingUnit.COUNT,
      60,
      1,
      1_000_000),
  MODERATION_AUTO_HIDE(
      "corkboard.moderation.auto-hide-reports",
      "Reports by different people that hide a listing",
      SettingUnit.COUNT,
      3,
      1,
      100),
  SIGN_IN_LOCK(
      "corkboard.sign-in.lock-minutes", "Sign-in lockout", SettingUnit.MINUTES, 15, 1, 1_440),
  SIGN_IN_WINDOW(
      "corkboard.sign-in.window-minutes",
      "Failed sign-ins count for",
      SettingUnit.MINUTES,
      15,
      1,
      1_440),
  SIGN_IN_ACCOUNT_LIMIT(
      "corkboard.sign-in.account-limit",
      "Failed sign-ins that lock an account name",
      SettingUnit.COUNT,
      5,
      // Three failures already slow the next attempt down: a lock comes after them.
      3,
      100),
  SIGN_IN_ADDRESS_LIMIT(
      "corkboard.sign-in.address-limit",
      "Failed sign-ins that lock a client address",
      SettingUnit.COUNT,
      30,
      3,
      1_000);

  private final String property;
  private final String label;
  private final SettingUnit unit;
  private final long defaultValue;
  private final long min;
  private final long max;

  RuntimeSetting(
      String property, String label, SettingUnit unit, long defaultValue, long min, long max) {
    this.property = property;
    this.label = label;
    this.unit = unit;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
  }

  /** The setting kept under this name, if there is one. */
  public static Optional<RuntimeSetting> named(String property) {
    for (RuntimeSetting setting : values()) {
      if (setting.property.equals(property)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /** What an administrator typed, as a value of this setting; refused with what to type instead. */
  public long parse(String typed) {
    String text = typed == null ? "" : typed.strip();
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new Refused(
          name(), label + ": write a whole number" + inUnit() + ", like " + defaultValue + ".");
    }
    if (value < min || value > max) {
      throw new Refused(name(), label + ": choose from " + min + " to " + unit.describe(max) + ".");
    }
    return value;
  }

  /**
   * Refuses a value that does not fit with the others as they are: the reminder must come before a
   * listing expires, or every listing would be reminded of on the day it is published.
   */
  public static void checkTogether(
      RuntimeSetting changed, long value, ToLongFunction<RuntimeSetting> current) {
    long lifetime = changed == LISTING_LIFETIME ? value : current.applyAsLong(LISTING_LIFETIME);
    long reminder = changed == LISTING_REMINDER ? value : current.applyAsLong(LISTING_REMINDER);
    if (reminder >= lifetime) {
      throw new Refused(
          changed.name(),
          "The reminder ("
              + LISTING_REMINDER.describe(reminder)
              + ") must be shorter than the listing lifetime ("
              + LISTING_LIFETIME.describe(lifetime)
              + ").");
    }
  }

  /** The value a system property gives, if it is set and within bounds. */
  public Optional<Long> fromProperty(String text) {
    return Optional.ofNullable(text)
        .filter(t -> !t.isBlank())
        .map(unit::read)
        .filter(v -> v >= min && v <= max);
  }

  private String inUnit() {
    return unit == SettingUnit.COUNT ? "" : " of " + unit.getLabel();
  }

  public String describe(long value) {
    return unit.describe(value);
  }

  public String property() {
    return property;
  }

  public String getLabel() {
    return label;
  }

  public SettingUnit getUnit() {
    return unit;
  }

  public long getDefaultValue() {
    return defaultValue;
  }

  public long getMin() {
    return min;
  }

  public long getMax() {
    return max;
  }

  /** The name pages use for the setting's input. */
  public String getKey() {
    return name();
  }
}
