package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.account.boundary.Registration;
import org.corkboard.platform.web.Actions;

/**
 * account/verify.xhtml, the page of the e-mailed link. Opening the link changes nothing; the button
 * on it does, so that mail scanners that fetch links do not spend them.
 */
@Named
@RequestScoped
public class VerifyView {

  @Inject Registration registration;
  @Inject CurrentUserView me;

  private String token;

  public String confirm() {
    String[] name = new String[1];
    if (!Actions.succeeded(() -> name[0] = registration.verify(token))) {
      return null;
    }
    Actions.confirm("Thank you, " + name[0] + ": your e-mail address is confirmed.");
    return me.isSignedIn() ? "/index?faces-redirect=true" : "/account/sign-in?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
