package org.corkboard.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.corkboard.account.boundary.PasswordReset;
import org.corkboard.platform.web.Actions;

/** account/reset-password.xhtml, opened from the e-mailed link. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordReset reset;

  private String token;
  private String password;
  private boolean valid;

  /** Looks at the link once, when the page opens; the form then keeps the token in its view. */
  public void load() {
    valid = reset.isValid(token);
  }

  public boolean isValid() {
    return valid;
  }

  public String save() {
    if (!Actions.succeeded(() -> reset.reset(token, password))) {
      // A link spent meanwhile (e.g. in another tab) shows what opening a spent link shows.
      valid = reset.isValid(token);
      return null;
    }
    Actions.confirm(
        "Your new password is set, and you are signed out everywhere else. Sign in with it now.");
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
