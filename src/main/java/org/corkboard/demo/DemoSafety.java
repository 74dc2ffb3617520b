package org.corkboard.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the demo data may be loaded here. Its accounts, an administrator among them, have
 * passwords published in the README, so it must never reach a board people use: an HTTPS address or
 * PostgreSQL are taken as signs of one, and refused unless {@code corkboard.demo.force} says
 * otherwise (a demonstration server on PostgreSQL, say).
 */
final class DemoSafety {

  private DemoSafety() {}

  /** Why the demo data must not be loaded, if it must not. */
  static Optional<String> refusal(String baseUrl, String database, boolean forced) {
    if (forced) {
      return Optional.empty();
    }
    if (baseUrl.toLowerCase(Locale.ROOT).startsWith("https:")) {
      return Optional.of("corkboard.base-url is " + baseUrl + ", an HTTPS address");
    }
    if (database.strip().equalsIgnoreCase("postgresql")) {
      return Optional.of("corkboard.db is postgresql");
    }
    return Optional.empty();
  }
}
