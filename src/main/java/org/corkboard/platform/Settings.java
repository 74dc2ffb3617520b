package org.corkboard.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The application's configuration: Java system properties ({@code -Dcorkboard.db=postgresql}), the
 * same ones the server's configuration and persistence.xml resolve, with safe defaults given by the
 * caller. (The container image turns CORKBOARD_* environment variables into them.)
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> find(String name) {
    return Optional.ofNullable(System.getProperty(name))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
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
