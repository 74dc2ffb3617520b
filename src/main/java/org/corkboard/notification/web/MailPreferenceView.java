package org.corkboard.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.control.PreferenceLinks.Claim;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.platform.Refused;
import org.corkboard.platform.web.Actions;

/**
 * account/mail-preference.xhtml: the page an e-mail's preference link opens, without signing in.
 * Opening it changes nothing (mail scanners open links); its button does.
 */
@Named
@ViewScoped
public class MailPreferenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;

  private String token;
  private Claim claim;
  private Delivery delivery = Delivery.NONE;
  private boolean saved;

  public void load() {
    try {
      claim = notifications.linkClaim(token);
    } catch (Refused invalid) {
      claim = null;
    }
  }

  public void save() {
    if (Actions.succeeded(() -> notifications.chooseByLink(token, delivery))) {
      saved = true;
    }
  }

  public List<Delivery> getDeliveries() {
    return List.of(Delivery.values());
  }

  public Claim getClaim() {
    return claim;
  }

  public boolean isSaved() {
    return saved;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery;
  }
}
