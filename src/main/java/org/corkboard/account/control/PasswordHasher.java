package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane) and stores
 * them in the usual PHC string form, {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, so that
 * stronger parameters can be introduced later without invalidating stored hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final int MEMORY_KIB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();

  /** Compared against when no account matches, so that a miss takes as long as a wrong password. */
  private final String decoy = hash("decoy password for timing");

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            MEMORY_KIB,
            ITERATIONS,
            PARALLELISM,
            ENCODER.encodeToString(salt),
            ENCODER.encodeToString(hash));
  }

  /**
   * Whether the password is the one the stored hash was made from. A malformed or tampered hash
   * (wrong version, absurd cost) never matches, so it cannot fail a sign-in or exhaust the server.
   */
  public boolean matches(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
      return false;
    }
    try {
      int[] cost = cost(parts[3]);
      byte[] expected = DECODER.decode(parts[5]);
      if (cost == null || expected.length < 16 || expected.length > 64) {
        return false;
      }
      byte[] actual =
          argon2(password, DECODER.decode(parts[4]), cost[0], cost[1], cost[2], expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  /** Memory, iterations and parallelism of "m=…,t=…,p=…", or null when out of sane bounds. */
  private static int[] cost(String parameters) {
    int[] cost = new int[3];
    for (String parameter : parameters.split(",")) {
      if (parameter.length() < 3 || parameter.charAt(1) != '=') {
        return null;
      }
      int index = "mtp".indexOf(parameter.charAt(0));
      if (index < 0) {
        return null;
      }
      cost[index] = Integer.parseInt(parameter.substring(2));
    }
    boolean sane =
        cost[0] >= 8
            && cost[0] <= 262_144
            && cost[1] >= 1
            && cost[1] <= 10
            && cost[2] >= 1
            && cost[2] <= 8;
    return sane ? cost : null;
  }

  /** Spends the time of one verification, for a sign-in whose account does not exist. */
  public void matchDecoy(String password) {
    matches(password, decoy);
  }

  private static byte[] argon2(
      String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
    var parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memory)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .build();
    var generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] hash = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    return hash;
  }
}
