package org.corkboard.notification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** Each kind's choice as the page sends it: a name of {@link Delivery}. */
  private final Map<NotificationKind, String> choices = new EnumMap<>(NotificationKind.class);

  public void load() {
    notifications.preferences().forEach((kind, delivery) -> choices.put(kind, delivery.name()));
  }

  public String save() {
    Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
    for (var choice : choices.entrySet()) {
      Optional<Delivery> delivery =
          Arrays.stream(Delivery.values())
              .filter(d -> d.name().equals(choice.getValue()))
              .findFirst();
      if (delivery.isEmpty()) {
        Actions.error(null, choice.getKey().getLabel() + ": choose one of the listed options.");
        FacesContext.getCurrentInstance().validationFailed();
        return null;
      }
      chosen.put(choice.getKey(), delivery.get());
    }
    if (!Actions.succeeded(() -> chosen.forEach(notifications::choose))) {
      return null;
    }
    Actions.confirm("Your e-mail settings are saved.");
    return "/account/notifications?faces-redirect=true";
  }

  public List<NotificationKind> getKinds() {
    return Arrays.stream(NotificationKind.values())
        .filter(NotificationKind::isChosenPerKind)
        .toList();
  }

  public List<Delivery> getDeliveries() {
    return List.of(Delivery.values());
  }

  public Map<NotificationKind, String> getChoices() {
    return choices;
  }
}
