package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.account.boundary.PasswordReset;
import org.corkboard.platform.web.Actions;

/** account/forgot-password.xhtml. The answer is the same whether or not the address is known. */
@Named
@RequestScoped
public class ForgotPasswordView {

  @Inject PasswordReset reset;

  private String email;

  public String send() {
    if (!Actions.succeeded(() -> reset.request(email))) {
      return null;
    }
    Actions.confirm(
        "If "
            + email
            + " belongs to an account, a link to choose a new password is on its way. It works for one hour.");
    return "/account/sign-in?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
