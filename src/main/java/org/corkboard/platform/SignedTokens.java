package org.corkboard.platform;

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

/**
 * Tokens for links that act without signing in, such as those at the end of e-mails: a claim (what
 * the link may do, e.g. "12.NEW_MESSAGE") followed by its HMAC-SHA256 signature. The key is made on
 * first use and kept in the database, so that every node of a cluster signs alike. Each purpose
 * words its claims so that no claim of one can be read as a claim of another.
 */
@ApplicationScoped
public class SignedTokens {

  /** The key's name since the first signed links (preference links): those mailed stay valid. */
  private static final String KEY_NAME = "preference-links";

  private static final int MAX_LENGTH = 200;

  @PersistenceContext EntityManager em;

  /** The claim and its signature, URL-safe if the claim is. */
  public String token(String claim) {
    return claim + "." + sign(claim);
  }

  /** The claim a token carries, if its signature holds. */
  public Optional<String> claim(String token) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int dot = token.lastIndexOf('.');
    if (dot < 1) {
      return Optional.empty();
    }
    String claim = token.substring(0, dot);
    byte[] expected = sign(claim).getBytes(StandardCharsets.US_ASCII);
    byte[] sent = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, sent) ? Optional.of(claim) : Optional.empty();
  }

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
