package org.corkboard.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;
import org.corkboard.platform.SignedTokens;

/**
 * The link in every notification e-mail that changes the preference for its kind without signing
 * in: it names the person and the kind, signed ({@link SignedTokens}). It can do nothing but change
 * that one preference.
 */
@ApplicationScoped
public class PreferenceLinks {

  @Inject SignedTokens tokens;

  /** The signed token for the person's preference of the kind. */
  public String token(long accountId, NotificationKind kind) {
    return tokens.token(accountId + "." + kind.name());
  }

  /** The link to the page that changes it. */
  public String link(long accountId, NotificationKind kind) {
    return Settings.baseUrl() + "/account/mail-preference?token=" + token(accountId, kind);
  }

  /** What a token names, if its signature holds. */
  public Optional<Claim> verify(String token) {
    return tokens.claim(token).flatMap(PreferenceLinks::claimOf);
  }

  private static Optional<Claim> claimOf(String claim) {
    String[] parts = claim.split("\\.");
    if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Claim(Long.parseLong(parts[0]), NotificationKind.valueOf(parts[1])));
    } catch (IllegalArgumentException unknownKind) {
      return Optional.empty();
    }
  }

  /** A person and a kind of notification, as a signed link names them. */
  public record Claim(long accountId, NotificationKind kind) {}
}
