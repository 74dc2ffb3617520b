package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.platform.web.Actions;

/** The e-mail form of account/profile.xhtml. */
@Named
@RequestScoped
public class ChangeEmailView {

  @Inject AccountSettings settings;

  private String newEmail;

  public String change() {
    if (!Actions.succeeded(() -> settings.changeEmail(newEmail))) {
      return null;
    }
    Actions.confirm(
        "We sent a link to "
            + newEmail
            + ". Your address changes when you open it; until then the old one stays.");
    return "/account/profile?faces-redirect=true";
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }
}
