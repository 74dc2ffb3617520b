package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long enough, not absurdly long, not one
 * of the 10,000 most common passwords, not the account's own name. No composition rules.
 */
@ApplicationScoped
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common = loadCommonPasswords();

  /**
   * The reason the password is refused, in words for the person choosing it; empty if it is fine.
   */
  public Optional<String> problemWith(String password, String username, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Choose a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(
          "Use at least " + MIN_LENGTH + " characters; a short sentence works well.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return Optional.of("This password is among the most commonly used ones; choose another.");
    }
    if (lower.equals(lowerOrEmpty(username)) || lower.equals(lowerOrEmpty(email))) {
      return Optional.of("Do not use your username or e-mail address as your password.");
    }
    return Optional.empty();
  }

  private static String lowerOrEmpty(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> loadCommonPasswords() {
    var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
    if (stream == null) {
      throw new IllegalStateException("common-passwords.txt is missing");
    }
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.strip().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
