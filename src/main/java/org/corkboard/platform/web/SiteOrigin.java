package org.corkboard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.corkboard.platform.Settings;

/**
 * Whether a request was sent by a page of another site, as browsers tell in the {@code Origin}
 * header of every POST (or, when they leave it out, in the {@code Referer}). The site's own origin
 * is that of {@code corkboard.base-url}, or the scheme and host the request was sent to.
 */
final class SiteOrigin {

  private SiteOrigin() {}

  static boolean isForeign(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return isForeign(
        request.getHeader("Origin"),
        request.getHeader("Referer"),
        Settings.baseUrl(),
        host == null ? null : request.getScheme() + "://" + host);
  }

  /**
   * True if the request names a source (its Origin, else its Referer) that is none of the own
   * addresses; false if it names none, as other clients than browsers may.
   */
  static boolean isForeign(String origin, String referer, String... ownAddresses) {
    String source = origin != null ? origin : referer;
    if (source == null) {
      return false;
    }
    String sent = of(source);
    return sent == null
        || Stream.of(ownAddresses)
            .filter(Objects::nonNull)
            .map(SiteOrigin::of)
            .noneMatch(sent::equals);
  }

  /**
   * scheme://host[:port] of an absolute address, in lower case and without a default port; null for
   * anything else, such as the "null" of a sandboxed page or a local file.
   */
  static String of(String address) {
    try {
      URI uri = new URI(address.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (port == 80 && scheme.equals("http"))
              || (port == 443 && scheme.equals("https"));
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
