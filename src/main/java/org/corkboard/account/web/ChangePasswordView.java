package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalInt;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.platform.web.Actions;

/** The password form of account/profile.xhtml. */
@Named
@RequestScoped
public class ChangePasswordView {

  @Inject AccountSettings settings;

  private String currentPassword;
  private String newPassword;

  public String change() {
    var session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    OptionalInt[] epoch = {OptionalInt.empty()};
    SessionValidityFilter.ownChangeStarts(session);
    try {
      if (!Actions.succeeded(
          () -> epoch[0] = OptionalInt.of(settings.changePassword(currentPassword, newPassword)))) {
        return null;
      }
    } finally {
      SessionValidityFilter.ownChangeEnds(session, epoch[0]);
    }
    Actions.confirm("Your password is changed. Other devices have been signed out.");
    return "/account/profile?faces-redirect=true";
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
