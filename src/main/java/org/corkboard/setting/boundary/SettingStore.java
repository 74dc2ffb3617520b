package org.corkboard.setting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.corkboard.platform.Refused;
import org.corkboard.setting.control.SettingRepository;
import org.corkboard.setting.entity.RuntimeSetting;
import org.corkboard.setting.entity.Setting;
import org.corkboard.setting.entity.SettingChanged;
import org.corkboard.setting.entity.SettingState;

/**
 * Changes and resets the settings kept in the database, checked against their bounds and against
 * each other, and refused if the row changed since the administrator read it. Called by the
 * console's administration inside its transaction (MANDATORY), which records who did it in the
 * audit log: this feature knows no accounts, since signing in reads its settings.
 */
@Stateless
@RolesAllowed(SettingStore.ADMIN)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SettingStore {

  /** The administrators' role, by name (see the class comment). */
  static final String ADMIN = "ADMIN";

  /** A setting as it read before and after a change. */
  public record Change(String before, String after) {}

  @Inject SettingRepository repository;
  @Inject RuntimeSettings settings;
  @Inject Event<SettingChanged> changed;
  @Inject Clock clock;

  public Change change(RuntimeSetting setting, String typed, long version, String by) {
    long value = setting.parse(typed);
    settings.reread();
    RuntimeSetting.checkTogether(setting, value, settings::value);
    Setting row = current(setting, version);
    SettingState before = settings.state(setting);
    row.change(value, by, clock.instant());
    return announced(setting, before.describedValue(), setting.describe(value));
  }

  /** Back to the system property, else the default. */
  public Change reset(RuntimeSetting setting, long version, String by) {
    settings.reread();
    SettingState before = settings.state(setting);
    if (!before.isChangedHere()) {
      throw new Refused(
          setting.name(),
          "“" + setting.getLabel() + "” has its " + before.source().getLabel() + " value already.");
    }
    RuntimeSetting.checkTogether(setting, before.fallback(), settings::value);
    current(setting, version).reset(by, clock.instant());
    return announced(setting, before.describedValue(), before.describedFallback());
  }

  /** The row, unless someone changed it since the caller read it at {@code version}. */
  private Setting current(RuntimeSetting setting, long version) {
    Setting row =
        repository
            .findForUpdate(setting.property())
            .orElseGet(() -> repository.store(new Setting(setting.property())));
    if (row.getVersion() != version) {
      throw new Refused(
          setting.name(),
          "Someone changed “"
              + setting.getLabel()
              + "” while you were editing it. Reload the page to see its value, then change it"
              + " again.");
    }
    return row;
  }

  private Change announced(RuntimeSetting setting, String before, String after) {
    changed.fire(new SettingChanged(setting));
    return new Change(before, after);
  }
}
