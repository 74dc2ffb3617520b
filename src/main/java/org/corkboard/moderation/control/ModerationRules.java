package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.corkboard.platform.Settings;

/** The limits of moderation, from configuration. */
@ApplicationScoped
public class ModerationRules {

  /** How many different people's open reports hide a listing until a moderator reviews it. */
  public int autoHideReports() {
    return Math.max(1, Settings.number("corkboard.moderation.auto-hide-reports", 3));
  }
}
