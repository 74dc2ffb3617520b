package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.account.boundary.PasswordReset;
import org.corkboard.platform.web.Actions;

/** account/reset-password.xhtml, opened from the e-mailed link. */
@Named
@RequestScoped
public class ResetPasswordView {

  @Inject PasswordReset reset;

  private String token;
  private String password;
  private Boolean valid;

  public boolean isValid() {
    if (valid == null) {
      valid = reset.isValid(token);
    }
    return valid;
  }

  public String save() {
    if (!Actions.succeeded(() -> reset.reset(token, password))) {
      return null;
    }
    Actions.confirm("Your new password is set, and you are signed out everywhere else. Sign in with it now.");
    return "/account/sign-in?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
