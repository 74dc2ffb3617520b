package org.corkboard.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The application's configuration: a system property ({@code corkboard.db}) or, failing that, the
 * matching environment variable ({@code CORKBOARD_DB}), or the safe default given by the caller.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> find(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  public static String get(String name, String defaultValue) {
    return find(name).orElse(defaultValue);
  }

  public static boolean flag(String name) {
    return find(name).map(Boolean::parseBoolean).orElse(false);
  }

  public static int number(String name, int defaultValue) {
    return find(name).map(Integer::parseInt).orElse(defaultValue);
  }

  public static Duration duration(String name, Duration defaultValue) {
    return find(name).map(Duration::parse).orElse(defaultValue);
  }

  /** The address users reach Corkboard at, used in links sent by e-mail (no trailing slash). */
  public static String baseUrl() {
    return get("corkboard.base-url", "http://localhost:8080").replaceAll("/+$", "");
  }
}
