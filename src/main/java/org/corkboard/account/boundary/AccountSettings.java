package org.corkboard.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.corkboard.account.control.AccountMails;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.AvatarImages;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.control.PasswordPolicy;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.Refused;
import org.corkboard.site.boundary.Sites;

/**
 * Changes to an account by its owner (and, for the profile and avatar, by an administrator). Each
 * method checks who is asking; a stale edit is refused, not silently applied.
 */
@Stateless
@RolesAllowed(Role.USER_NAME)
public class AccountSettings {

  @Inject CurrentAccount current;
  @Inject AccountRepository accounts;
  @Inject AccountMails mails;
  @Inject PasswordPolicy policy;
  @Inject PasswordHasher hasher;
  @Inject Sites sites;
  @Inject Clock clock;

  /** The signed-in person's own account. */
  public Account mine() {
    return current.account();
  }

  public Account editable(long accountId) {
    return current.ownOrAdministered(accounts.require(accountId));
  }

  public void updateProfile(long accountId, @NotNull @Valid ProfileChange change) {
    Account account = editable(accountId);
    if (account.getVersion() != change.version()) {
      throw new Refused(
          "This profile was changed elsewhere in the meantime. Reload the page to see the changes, then edit again.");
    }
    var site =
        change.homeSiteId() == null
            ? null
            : sites
                .find(change.homeSiteId())
                .orElseThrow(() -> new Refused("homeSite", "Choose one of the listed sites."));
    account.describe(change.displayName(), change.phone(), site, change.bio());
  }

  /**
   * Changes the caller's own password; every other session of theirs ends. Returns the new epoch.
   * The passwords carry no constraints: a constraint violation's message lists the arguments.
   */
  public int changePassword(String currentPassword, String newPassword) {
    Account account = current.accountToChange();
    if (newPassword == null) {
      throw new Refused("newPassword", "Choose a new password.");
    }
    if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
      throw new Refused("currentPassword", "Your current password is not correct.");
    }
    policy
        .problemWith(newPassword, account.getUsername(), account.getEmail())
        .ifPresent(
            problem -> {
              throw new Refused("newPassword", problem);
            });
    account.changePasswordHash(hasher.hash(newPassword));
    accounts.forgetRememberedLogins(account);
    return account.getSessionEpoch();
  }

  /**
   * Sends a verification link to the new address; the account switches to it once the link is
   * opened. An address that belongs to someone else is not revealed: its owner is told instead.
   */
  public void changeEmail(
      @NotBlank(message = "Enter the new e-mail address.")
          @Email(message = "Enter a valid e-mail address.")
          @Size(max = 254, message = "Use at most 254 characters.")
          String newEmail) {
    Account account = current.accountToChange();
    if (Account.normalize(newEmail).equals(account.getEmail())) {
      throw new Refused("newEmail", "That is already your e-mail address.");
    }
    if (accounts.findByEmail(newEmail).isPresent()) {
      mails.sendAddressInUse(newEmail);
    } else {
      mails.sendVerification(account, newEmail);
    }
  }

  public void replaceAvatar(long accountId, byte[] upload) {
    Account account = editable(accountId);
    byte[][] sizes = AvatarImages.fromUpload(upload);
    accounts.avatarOf(account).replace(sizes[0], sizes[1], clock.instant());
    account.avatarChanged();
  }

  public void removeAvatar(long accountId) {
    Account account = editable(accountId);
    accounts.removeAvatar(account.getId());
    account.avatarChanged();
  }
}
