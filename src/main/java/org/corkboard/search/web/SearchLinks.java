package org.corkboard.search.web;

import static org.corkboard.search.control.SearchParameters.CATEGORY;
import static org.corkboard.search.control.SearchParameters.CONDITION;
import static org.corkboard.search.control.SearchParameters.MAX_PRICE;
import static org.corkboard.search.control.SearchParameters.MIN_PRICE;
import static org.corkboard.search.control.SearchParameters.NEAR;
import static org.corkboard.search.control.SearchParameters.PAGE;
import static org.corkboard.search.control.SearchParameters.PICTURES;
import static org.corkboard.search.control.SearchParameters.POSTED_WITHIN;
import static org.corkboard.search.control.SearchParameters.RADIUS;
import static org.corkboard.search.control.SearchParameters.SITE;
import static org.corkboard.search.control.SearchParameters.SIZE;
import static org.corkboard.search.control.SearchParameters.SORT;
import static org.corkboard.search.control.SearchParameters.TEXT;
import static org.corkboard.search.control.SearchParameters.TYPE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parameters of a search in one fixed order, and the links to the same search with one thing
 * changed. Every link of the search page is a plain GET URL, so any state can be bookmarked and the
 * back button goes where it should. Changing what is searched goes back to the first page.
 */
public final class SearchLinks {

  /** The parameters a search page knows, in the order its links name them. */
  static final List<String> NAMES =
      List.of(
          TEXT,
          NEAR,
          RADIUS,
          CATEGORY,
          TYPE,
          SITE,
          MIN_PRICE,
          MAX_PRICE,
          CONDITION,
          PICTURES,
          POSTED_WITHIN,
          SORT,
          PAGE,
          SIZE);

  /** What the order and page of a result are, as opposed to what is searched. */
  private static final List<String> PRESENTATION = List.of(SORT, PAGE, SIZE);

  /** Longer values are not worth keeping in a link; the search shortens its text anyway. */
  private static final int MAX_VALUE_LENGTH = 500;

  private final String path;
  private final Map<String, String> values;

  private SearchLinks(String path, Map<String, String> values) {
    this.path = path;
    this.values = values;
  }

  /** The known, non-blank parameters of a request to the search page at this path. */
  public static SearchLinks of(String path, Map<String, String> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : NAMES) {
      String value = parameters.get(name);
      if (value != null && !value.isBlank()) {
        values.put(
            name, value.strip().substring(0, Math.min(value.strip().length(), MAX_VALUE_LENGTH)));
      }
    }
    return new SearchLinks(path, values);
  }

  /** The values, as the search reads them. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  public String value(String name) {
    return values.get(name);
  }

  /** What is searched, without order or page: the query string a saved search keeps. */
  public String query() {
    Map<String, String> searched = new LinkedHashMap<>(values);
    PRESENTATION.forEach(searched::remove);
    return queryString(searched);
  }

  /** This search as it is. */
  public String current() {
    return url(values);
  }

  /** This search with a parameter set; back to the first page unless it is the page. */
  public String with(String name, Object value) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    if (!name.equals(PAGE)) {
      changed.remove(PAGE);
    }
    changed.put(name, String.valueOf(value));
    return url(ordered(changed));
  }

  /** This search with two parameters set (a price band sets both ends), on its first page. */
  public String with(String name, Object value, String other, Object otherValue) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.remove(PAGE);
    changed.put(name, String.valueOf(value));
    if (otherValue == null) {
      changed.remove(other);
    } else {
      changed.put(other, String.valueOf(otherValue));
    }
    return url(ordered(changed));
  }

  /** This search without these parameters, on its first page. */
  public String without(String... names) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.remove(PAGE);
    Arrays.asList(names).forEach(changed::remove);
    return url(changed);
  }

  private static Map<String, String> ordered(Map<String, String> values) {
    Map<String, String> ordered = new LinkedHashMap<>();
    NAMES.stream().filter(values::containsKey).forEach(name -> ordered.put(name, values.get(name)));
    return ordered;
  }

  private String url(Map<String, String> values) {
    return values.isEmpty() ? path : path + "?" + queryString(values);
  }

  private static String queryString(Map<String, String> values) {
    return values.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
