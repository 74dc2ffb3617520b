package org.corkboard.console.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corkboard.console.boundary.SettingsAdministration;
import org.corkboard.platform.web.Actions;
import org.corkboard.setting.entity.RuntimeSetting;
import org.corkboard.setting.entity.SettingState;

/**
 * admin/settings/index.xhtml: each runtime setting with its value, default and source, changed or
 * reset one at a time. The view keeps the version each setting was read at, so a save over someone
 * else's change is refused; what was typed stays in the field when a value is refused.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SettingsAdministration administration;

  private List<SettingState> states;
  private final HashMap<String, String> typed = new HashMap<>();
  private final HashMap<String, Long> versions = new HashMap<>();

  /**
   * Read when the view is built (its forms are made from the list, before any view action runs); a
   * postback keeps what was read and typed.
   */
  public List<SettingState> getStates() {
    if (states == null) {
      load();
    }
    return states;
  }

  private void load() {
    states = List.copyOf(administration.settings());
    for (SettingState state : states) {
      typed.put(state.setting().name(), String.valueOf(state.value()));
      versions.put(state.setting().name(), state.version());
    }
  }

  public void save(RuntimeSetting setting) throws IOException {
    String key = setting.name();
    done(setting, () -> administration.change(setting, typed.get(key), versions.get(key)));
  }

  public void reset(RuntimeSetting setting) throws IOException {
    done(setting, () -> administration.reset(setting, versions.get(setting.name())));
  }

  private void done(RuntimeSetting setting, Supplier<String> change) throws IOException {
    String[] now = new String[1];
    if (Actions.succeeded(() -> now[0] = change.get())) {
      Actions.confirm(setting.getLabel() + " is now " + now[0] + ".");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/admin/settings/");
    }
  }

  public Map<String, String> getTyped() {
    return typed;
  }
}
