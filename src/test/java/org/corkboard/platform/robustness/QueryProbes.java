package org.corkboard.platform.robustness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corkboard.platform.robustness.Findings.Finding;
import org.corkboard.platform.robustness.Prober.Visitor;

/**
 * GETs of every page with each of its query parameters malformed in turn (the others valid), and of
 * every servlet path with malformed path segments; files that must stay hidden must not be served.
 */
public final class QueryProbes {

  private final Prober prober;
  private final List<Malformed> values;

  /** Probes that send the values (a few where another visitor sent them all already). */
  public QueryProbes(Prober prober, List<Malformed> values) {
    this.prober = prober;
    this.values = values;
  }

  /** The page under both its addresses, then each parameter malformed, repeated and unknown. */
  public void page(Visitor visitor, String page, Map<String, String> baseline, Set<String> params) {
    prober.get(visitor, page + query(baseline), "the page");
    prober.get(visitor, page + ".xhtml" + query(baseline), "the page by its file name");
    for (String param : params) {
      for (Malformed value : values) {
        prober.get(
            visitor, page + query(with(baseline, param, value.value())), param + "=" + value);
      }
      String twice =
          query(baseline) + (baseline.isEmpty() ? "?" : "&") + param + "=1&" + param + "=2";
      prober.get(visitor, page + twice, param + " twice");
    }
    prober.get(visitor, page + query(with(baseline, "zz<", "<script>")), "an unknown parameter");
  }

  /** A servlet's path (/pictures/{id}) with malformed segments and parameters. */
  public void servlet(Visitor visitor, String prefix, String valid, Set<String> params) {
    prober.get(visitor, prefix + valid, "a valid path");
    prober.get(visitor, prefix, "no id");
    prober.get(visitor, prefix.substring(0, prefix.length() - 1), "no slash");
    prober.get(visitor, prefix + valid + "/more/segments/", "extra segments");
    for (Malformed value : values) {
      prober.get(visitor, prefix + segment(value.value()), "segment " + value);
      prober.get(visitor, prefix + valid + "/" + segment(value.value()), "last segment " + value);
      for (String param : params) {
        prober.get(
            visitor, prefix + valid + query(Map.of(param, value.value())), param + "=" + value);
      }
    }
  }

  /** A file that must never be served, such as /WEB-INF/web.xml. */
  public void hidden(Visitor visitor, String path) {
    prober
        .get(visitor, path, "a hidden file")
        .filter(response -> response.statusCode() == 200)
        .ifPresent(
            response ->
                prober
                    .findings()
                    .add(new Finding("GET", path, "a hidden file", 200, "served a hidden file")));
  }

  public static String query(Map<String, String> params) {
    return params.isEmpty()
        ? ""
        : params.entrySet().stream()
            .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
            .collect(Collectors.joining("&", "?", ""));
  }

  private static Map<String, String> with(Map<String, String> baseline, String name, String value) {
    Map<String, String> params = new LinkedHashMap<>(baseline);
    params.put(name, value);
    return params;
  }

  /** A path segment: percent-encoded, spaces as %20, so that "/" and "?" stay inside it. */
  public static String segment(String text) {
    return encode(text).replace("+", "%20");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
