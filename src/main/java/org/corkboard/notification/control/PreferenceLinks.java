package org.corkboard.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;

/**
 * The link in every notification e-mail that changes the preference for its kind without signing
 * in: it names the person and the kind and is signed (HMAC-SHA256) with a key the application makes
 * on first use and keeps in the database, so that every node of a cluster signs alike. It can do
 * nothing but change that one preference.
 */
@ApplicationScoped
public class PreferenceLinks {

  private static final String KEY_NAME = "preference-links";

  @PersistenceContext EntityManager em;

  /** The signed token for the person's preference of the kind. */
  public String token(long accountId, NotificationKind kind) {
    String claim = accountId + "." + kind.name();
    return claim + "." + sign(claim);
  }

  /** The link to the page that changes it. */
  public String link(long accountId, NotificationKind kind) {
    return Settings.baseUrl() + "/account/mail-preference?token=" + token(accountId, kind);
  }

  /** What a token names, if its signature holds. */
  public Optional<Claim> verify(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
      return Optional.empty();
    }
    String claim = parts[0] + "." + parts[1];
    byte[] expected = sign(claim).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
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

  private String sign(String claim) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * The key, made on first use. Two nodes making it at once: the second insert fails on the primary
   * key, its transaction rolls back, and a retry reads the first one's key.
   */
  private byte[] key() {
    Object stored =
        em
            .createNativeQuery("SELECT secret FROM app_secret WHERE name = ?1")
            .setParameter(1, KEY_NAME)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    if (stored != null) {
      return Base64.getDecoder().decode(stored.toString());
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    em.createNativeQuery("INSERT INTO app_secret (name, secret) VALUES (?1, ?2)")
        .setParameter(1, KEY_NAME)
        .setParameter(2, Base64.getEncoder().encodeToString(key))
        .executeUpdate();
    return key;
  }
}
