package org.corkboard.search.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.corkboard.search.control.SearchParameters.CATEGORY;
import static org.corkboard.search.control.SearchParameters.CONDITION;
import static org.corkboard.search.control.SearchParameters.MAX_PRICE;
import static org.corkboard.search.control.SearchParameters.MIN_PRICE;
import static org.corkboard.search.control.SearchParameters.NEAR;
import static org.corkboard.search.control.SearchParameters.PICTURES;
import static org.corkboard.search.control.SearchParameters.POSTED_WITHIN;
import static org.corkboard.search.control.SearchParameters.RADIUS;
import static org.corkboard.search.control.SearchParameters.SITE;
import static org.corkboard.search.control.SearchParameters.TEXT;
import static org.corkboard.search.control.SearchParameters.TYPE;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The canonical GET query string of a search, as a saved search keeps it: only the parameters that
 * say what is searched for (not the order, page or page size), each once, in a fixed order, without
 * empty values, URL-encoded. Two ways of asking the same thing give the same string, and the string
 * read back gives the same parameters.
 */
public final class SavedQuery {

  /** What a search is, in the order of the canonical string. */
  static final List<String> NAMES =
      List.of(
          TEXT,
          CATEGORY,
          TYPE,
          SITE,
          NEAR,
          RADIUS,
          MIN_PRICE,
          MAX_PRICE,
          CONDITION,
          PICTURES,
          POSTED_WITHIN);

  private SavedQuery() {}

  /** The canonical form of a query string as a browser sends it ("?" or none in front). */
  public static String canonical(String query) {
    return canonical(parameters(query));
  }

  /** The canonical query string of the parameters; others than {@link #NAMES} are left out. */
  public static String canonical(Map<String, String> parameters) {
    return NAMES.stream()
        .filter(name -> parameters.get(name) != null && !parameters.get(name).isBlank())
        .map(name -> name + "=" + URLEncoder.encode(parameters.get(name).strip(), UTF_8))
        .collect(Collectors.joining("&"));
  }

  /**
   * The parameters of a query string, the first value of each name; a part that cannot be decoded
   * is left out.
   */
  public static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query == null) {
      return parameters;
    }
    String plain = query.startsWith("?") ? query.substring(1) : query;
    for (String part : plain.split("&")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        try {
          parameters.putIfAbsent(
              URLDecoder.decode(part.substring(0, equals), UTF_8),
              URLDecoder.decode(part.substring(equals + 1), UTF_8));
        } catch (IllegalArgumentException malformed) {
          // A broken %-escape: this part says nothing usable.
        }
      }
    }
    return parameters;
  }
}
