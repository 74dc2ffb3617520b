package org.corkboard.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.corkboard.account.control.AccountMails;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.AccountTokens;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.control.PasswordPolicy;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountToken;
import org.corkboard.account.entity.TokenPurpose;
import org.corkboard.platform.Refused;

/**
 * "Forgot password": a single-use link by e-mail, valid for an hour. Asking never reveals whether
 * the address is registered; using the link ends every session and "remember me" login.
 */
@Stateless
@PermitAll
public class PasswordReset {

  private static final String LINK_INVALID =
      "This link has expired or was already used. Ask for a new one below.";

  @Inject AccountRepository accounts;
  @Inject AccountTokens tokens;
  @Inject AccountMails mails;
  @Inject PasswordPolicy policy;
  @Inject PasswordHasher hasher;

  public void request(
      @NotBlank(message = "Enter your e-mail address.")
          @Email(message = "Enter a valid e-mail address.")
          @Size(max = 254, message = "Use at most 254 characters.")
          String email) {
    accounts.findByEmail(email).ifPresent(mails::sendPasswordReset);
  }

  public boolean isValid(String secret) {
    return tokens.find(secret, TokenPurpose.RESET_PASSWORD).isPresent();
  }

  public void reset(String secret, String newPassword) {
    Account account =
        tokens
            .find(secret, TokenPurpose.RESET_PASSWORD)
            .map(AccountToken::getAccount)
            .orElseThrow(PasswordReset::linkInvalid);
    policy
        .problemWith(newPassword, account.getUsername(), account.getEmail())
        .ifPresent(
            problem -> {
              throw new Refused("password", problem);
            });
    // Hashing is slow: done before the token is locked, so that other uses of the link wait little.
    String passwordHash = hasher.hash(newPassword);
    AccountToken token =
        tokens.redeem(secret, TokenPurpose.RESET_PASSWORD).orElseThrow(PasswordReset::linkInvalid);
    account.changePasswordHash(passwordHash);
    if (token.getEmail().equals(account.getEmail())) {
      account.confirmEmail(token.getEmail());
    }
    accounts.forgetRememberedLogins(account);
  }

  private static Refused linkInvalid() {
    return new Refused(LINK_INVALID);
  }
}
