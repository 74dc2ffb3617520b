package org.corkboard.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.entity.Account;

/** What anyone may see of a person: their public profile and avatar. */
@Stateless
@PermitAll
public class Profiles {

  @Inject AccountRepository accounts;

  /** The public face of an account: no e-mail address, no phone. */
  public record PublicProfile(
      long id,
      String username,
      String displayName,
      String site,
      String bio,
      Instant memberSince,
      int avatarVersion) {

    public static PublicProfile of(Account a) {
      return new PublicProfile(
          a.getId(),
          a.getUsername(),
          a.getDisplayName(),
          a.getHomeSite() == null ? null : a.getHomeSite().getName(),
          a.getBio(),
          a.getCreatedAt(),
          a.getAvatarVersion());
    }
  }

  public record Avatar(byte[] image, Instant updatedAt) {}

  public Optional<PublicProfile> byUsername(String username) {
    if (username == null || username.length() > 30) {
      return Optional.empty();
    }
    return accounts.findByUsername(username).map(PublicProfile::of);
  }

  public Optional<Avatar> avatar(long accountId, boolean thumbnail) {
    return accounts
        .findAvatar(accountId)
        .map(a -> new Avatar(a.image(thumbnail), a.getUpdatedAt()));
  }
}
