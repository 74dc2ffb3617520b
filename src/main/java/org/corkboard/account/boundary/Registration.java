package org.corkboard.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.corkboard.account.control.AccountMails;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.AccountTokens;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.control.PasswordPolicy;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountToken;
import org.corkboard.account.entity.Role;
import org.corkboard.account.entity.TokenPurpose;
import org.corkboard.platform.Refused;

/**
 * Registration and e-mail verification. Whether an e-mail address is registered is never revealed:
 * registering with a taken address answers as usual and tells the address's owner by e-mail.
 */
@Stateless
public class Registration {

  @Inject AccountRepository accounts;
  @Inject AccountTokens tokens;
  @Inject AccountMails mails;
  @Inject PasswordPolicy policy;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject CurrentAccount current;

  @PermitAll
  public void register(@NotNull @Valid NewAccount form) {
    policy
        .problemWith(form.password(), form.username(), form.email())
        .ifPresent(
            problem -> {
              throw new Refused("password", problem);
            });
    if (accounts.findByUsername(form.username()).isPresent()) {
      throw new Refused("username", "That username is taken; choose another.");
    }
    if (accounts.findByEmail(form.email()).isPresent()) {
      mails.sendAddressInUse(form.email());
      return;
    }
    Account account =
        accounts.store(
            new Account(
                form.username(),
                form.email(),
                form.displayName(),
                hasher.hash(form.password()),
                clock.instant()));
    mails.sendVerification(account, account.getEmail());
  }

  /** Confirms the address the link was sent to; returns the account's display name. */
  @PermitAll
  public String verify(String secret) {
    AccountToken token =
        tokens
            .redeem(secret, TokenPurpose.VERIFY_EMAIL)
            .orElseThrow(
                () ->
                    new Refused(
                        "This link has expired or was already used. Sign in to have a new one sent."));
    Account account = token.getAccount();
    accounts
        .findByEmail(token.getEmail())
        .filter(other -> !other.equals(account))
        .ifPresent(
            other -> {
              throw new Refused("This e-mail address now belongs to another account.");
            });
    account.confirmEmail(token.getEmail());
    return account.getDisplayName();
  }

  /** Sends the signed-in person a new verification link, if their address is not verified yet. */
  @RolesAllowed(Role.USER_NAME)
  public void resendVerification() {
    Account account = current.accountToChange();
    if (!account.isEmailVerified()) {
      mails.sendVerification(account, account.getEmail());
    }
  }
}
