package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.corkboard.setting.entity.RuntimeSetting;

/** The limits of moderation, from the runtime settings, read at each use. */
@ApplicationScoped
public class ModerationRules {

  @Inject RuntimeSettings settings;

  /** How many different people's open reports hide a listing until a moderator reviews it. */
  public int autoHideReports() {
    return Math.max(1, settings.number(RuntimeSetting.MODERATION_AUTO_HIDE));
  }
}
