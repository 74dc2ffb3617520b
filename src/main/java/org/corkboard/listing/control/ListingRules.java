package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.platform.Refused;
import org.corkboard.platform.Settings;

/** The limits of posting, from configuration, and the check of a category's extra fields. */
@ApplicationScoped
public class ListingRules {

  public Duration lifetime() {
    return Settings.duration("corkboard.listing.lifetime", Duration.ofDays(30));
  }

  /** How long before expiry the owner is reminded. */
  public Duration reminderBefore() {
    return Settings.duration("corkboard.listing.reminder-before", Duration.ofDays(3));
  }

  public int maxActive() {
    return Settings.number("corkboard.listing.max-active", 50);
  }

  public int maxPerHour() {
    return Settings.number("corkboard.listing.max-per-hour", 10);
  }

  /** How long the same text may not be posted again by the same person. */
  public Duration duplicateWindow() {
    return Duration.ofHours(24);
  }

  /** The values for the fields, checked and trimmed; unknown keys are dropped. */
  public Map<String, String> details(List<CategoryField> fields, Map<String, String> typed) {
    Map<String, String> details = new HashMap<>();
    for (CategoryField field : fields) {
      String value = typed.get(field.getKey());
      field
          .problemWith(value)
          .ifPresent(
              problem -> {
                throw new Refused("detail_" + field.getKey(), field.getLabel() + ": " + problem);
              });
      if (value != null && !value.isBlank()) {
        details.put(field.getKey(), value.strip());
      }
    }
    return details;
  }
}
