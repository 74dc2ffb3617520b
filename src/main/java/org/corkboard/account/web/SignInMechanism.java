package org.corkboard.account.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corkboard.account.entity.Role;

/**
 * How people sign in: the form on /account/sign-in hands the credential to {@code
 * SecurityContext.authenticate}; protected pages send anonymous visitors there first; the session
 * keeps them signed in, and "remember me" keeps them signed in for 30 days.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/account/sign-in", useForwardToLogin = false, errorPage = "")
@RememberMe(
    cookieName = "corkboard_remember",
    cookieMaxAgeSeconds = 30 * 24 * 60 * 60,
    cookieSecureOnlyExpression = "#{self.secureCookies}",
    isRememberMeExpression = "#{httpMessageContext.authParameters.rememberMe}")
@DeclareRoles({Role.USER_NAME, Role.MODERATOR_NAME, Role.ADMIN_NAME})
public class SignInMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** "Remember me" cookies are sent over HTTPS only when Corkboard is served over HTTPS. */
  public boolean getSecureCookies() {
    return org.corkboard.platform.Settings.baseUrl().startsWith("https:");
  }
}
