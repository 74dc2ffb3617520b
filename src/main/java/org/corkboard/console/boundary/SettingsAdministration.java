package org.corkboard.console.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.corkboard.setting.boundary.SettingStore;
import org.corkboard.setting.entity.RuntimeSetting;
import org.corkboard.setting.entity.SettingState;

/**
 * Administrators change the runtime settings; each change or reset is recorded in the audit log
 * ({@code setting.change}, the values before and after) in the same transaction. A change takes
 * effect on this node at once and on the others within half a minute ({@link RuntimeSettings}).
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsAdministration {

  public static final String SETTING_CHANGED = "setting.change";

  @Inject RuntimeSettings settings;
  @Inject SettingStore store;
  @Inject CurrentAccount current;
  @Inject AuditLog auditLog;

  public List<SettingState> settings() {
    return settings.states();
  }

  /** Sets the value typed, if the setting is still at {@code version}; returns it as shown. */
  public String change(@NotNull RuntimeSetting setting, String typed, long version) {
    Account me = current.account();
    SettingStore.Change change = store.change(setting, typed, version, me.getUsername());
    record(me, setting, change);
    return change.after();
  }

  /** Back to the system property, else the default; returns the value that applies now. */
  public String reset(@NotNull RuntimeSetting setting, long version) {
    Account me = current.account();
    SettingStore.Change change = store.reset(setting, version, me.getUsername());
    record(me, setting, change);
    return change.after();
  }

  private void record(Account me, RuntimeSetting setting, SettingStore.Change change) {
    auditLog.record(
        new Actor(me.getId(), me.getUsername()),
        AuditEvent.of(SETTING_CHANGED, "setting", setting.property())
            .change(change.before(), change.after()));
  }
}
