package org.corkboard.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.web.Actions;

/** account/notifications.xhtml: how each kind of notification reaches one by e-mail. */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;

  private final Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);

  public void load() {
    choices.putAll(notifications.preferences());
  }

  public String save() {
    if (!Actions.succeeded(() -> choices.forEach(notifications::choose))) {
      return null;
    }
    Actions.confirm("Your e-mail settings are saved.");
    return "/account/notifications?faces-redirect=true";
  }

  public List<NotificationKind> getKinds() {
    return List.of(NotificationKind.values());
  }

  public List<Delivery> getDeliveries() {
    return List.of(Delivery.values());
  }

  public Map<NotificationKind, Delivery> getChoices() {
    return choices;
  }
}
