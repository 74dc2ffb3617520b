package org.corkboard.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.util.Set;
import org.corkboard.account.boundary.SignIn;

/** Keeps "remember me" logins in the database (as hashes), so that they can be revoked. */
@ApplicationScoped
public class RememberMeStore implements RememberMeIdentityStore {

  @Inject SignIn signIn;

  @Override
  public CredentialValidationResult validate(RememberMeCredential credential) {
    return signIn
        .remembered(credential.getToken())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
    return signIn.remember(callerPrincipal.getName());
  }

  @Override
  public void removeLoginToken(String token) {
    signIn.forget(token);
  }
}
