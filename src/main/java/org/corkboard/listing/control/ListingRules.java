package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.platform.Refused;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.corkboard.setting.entity.RuntimeSetting;

/**
 * The limits of posting, from the runtime settings (read at each use: an administrator may change
 * them), and the check of a category's extra fields.
 */
@ApplicationScoped
public class ListingRules {

  private final RuntimeSettings settings;

  @Inject
  public ListingRules(RuntimeSettings settings) {
    this.settings = settings;
  }

  /** For the container's proxy. */
  ListingRules() {
    this(null);
  }

  public Duration lifetime() {
    return settings.duration(RuntimeSetting.LISTING_LIFETIME);
  }

  /** How long before expiry the owner is reminded. */
  public Duration reminderBefore() {
    return settings.duration(RuntimeSetting.LISTING_REMINDER);
  }

  public int maxActive() {
    return settings.number(RuntimeSetting.LISTING_MAX_ACTIVE);
  }

  public int maxPerHour() {
    return settings.number(RuntimeSetting.LISTING_MAX_PER_HOUR);
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
