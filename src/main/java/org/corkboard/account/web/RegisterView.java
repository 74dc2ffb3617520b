package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.account.boundary.NewAccount;
import org.corkboard.account.boundary.Registration;
import org.corkboard.platform.web.Actions;

/** account/register.xhtml */
@Named
@RequestScoped
public class RegisterView {

  @Inject Registration registration;

  private String username;
  private String email;
  private String displayName;
  private String password;

  public String register() {
    var form = new NewAccount(username, email, displayName, password);
    if (!Actions.succeeded(() -> registration.register(form))) {
      return null;
    }
    Actions.confirm(
        "Almost done: we sent a link to "
            + email
            + ". Open it to confirm your address, then sign in.");
    return "/account/sign-in?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
