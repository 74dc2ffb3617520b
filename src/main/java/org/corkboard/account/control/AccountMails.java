package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.TokenPurpose;
import org.corkboard.mail.boundary.Mailer;
import org.corkboard.platform.Settings;

/** The e-mails about a person's account, with their links. */
@ApplicationScoped
public class AccountMails {

  @Inject Mailer mailer;
  @Inject AccountTokens tokens;

  /** Sends a verification link for the address (the account's own, or a new one to switch to). */
  public void sendVerification(Account account, String address) {
    String link =
        link("/account/verify", tokens.issue(account, TokenPurpose.VERIFY_EMAIL, address));
    long hours = TokenPurpose.VERIFY_EMAIL.lifetime().toHours();
    mailer.send(
        address,
        "Confirm your e-mail address for Corkboard",
        """
        Hello %s,

        Please confirm that this is your e-mail address by opening this link:

        %s

        The link works once and expires in %d hours. If you did not ask for this, ignore this e-mail.
        """
            .formatted(account.getDisplayName(), link, hours));
  }

  public void sendPasswordReset(Account account) {
    String link =
        link(
            "/account/reset-password",
            tokens.issue(account, TokenPurpose.RESET_PASSWORD, account.getEmail()));
    mailer.send(
        account.getEmail(),
        "Reset your Corkboard password",
        """
        Hello %s,

        Someone (we hope you) asked to reset your Corkboard password. Choose a new one here:

        %s

        The link works once and expires in one hour. Using it signs you out everywhere else.
        If you did not ask for this, ignore this e-mail: your password stays as it is.
        """
            .formatted(account.getDisplayName(), link));
  }

  /** Tells the owner of an address that someone tried to register or switch to it again. */
  public void sendAddressInUse(String address) {
    mailer.send(
        address,
        "Your Corkboard account",
        """
        Hello,

        Someone tried to use this e-mail address for a Corkboard account, but it already belongs to one.
        If that was you, sign in at %s/account/sign-in or reset your password at %s/account/forgot-password.
        If it was not you, you can ignore this e-mail.
        """
            .formatted(Settings.baseUrl(), Settings.baseUrl()));
  }

  private static String link(String path, String secret) {
    return Settings.baseUrl()
        + path
        + "?token="
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }
}
