package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.corkboard.account.boundary.SignIn;
import org.corkboard.platform.web.Actions;

/** account/sign-in.xhtml: username or e-mail address, password, "remember me". */
@Named
@RequestScoped
public class SignInView {

  static final String WRONG =
      "That username or e-mail address and password do not match. Check them and try again.";

  @Inject SecurityContext securityContext;
  @Inject SignIn signIn;
  @Inject Clock clock;

  private String identifier;
  private String password;
  private boolean rememberMe;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(identifier, password == null ? "" : password))
                .rememberMe(rememberMe)
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        request.changeSessionId();
        external.redirect(external.getRequestContextPath() + "/");
      }
      default -> refused(request.getRemoteAddr());
    }
  }

  private void refused(String address) {
    String message =
        signIn
            .refusal()
            .or(
                () ->
                    signIn
                        .refusedUntil(identifier, address)
                        .map(until -> Duration.between(clock.instant(), until))
                        .map(SignInView::tooMany))
            .orElse(WRONG);
    Actions.error(null, message);
    FacesContext.getCurrentInstance().validationFailed();
  }

  private static String tooMany(Duration wait) {
    long minutes = (wait.toSeconds() + 59) / 60;
    return wait.toSeconds() < 60
        ? "Too many failed attempts. Wait a few seconds, then try again."
        : "Too many failed attempts. Try again in " + minutes + " minutes, or reset your password.";
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isRememberMe() {
    return rememberMe;
  }

  public void setRememberMe(boolean rememberMe) {
    this.rememberMe = rememberMe;
  }
}
