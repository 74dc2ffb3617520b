package org.corkboard.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.corkboard.account.boundary.SignIn;

/** Checks a username (or e-mail address) and password against the accounts. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject SignIn signIn;
  @Inject HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return signIn
        .withPassword(
            credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
