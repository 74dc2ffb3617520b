package org.corkboard.platform.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the probes need from a page: attributes, the script nonce, PrimeFaces' Ajax calls. */
public final class Html {

  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)(?:=\"([^\"]*)\")?");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern AJAX =
      Pattern.compile("(?:register\\('([^']+)',[^{]*\\{)?PrimeFaces\\.ab\\(\\{(.*?)\\}[,)]");
  private static final Pattern SUBMIT_PARAMS =
      Pattern.compile("addSubmitParam\\('([^']+)',\\{(.*?)\\}\\)");
  private static final Pattern JS_PAIR =
      Pattern.compile("['\"]?([\\w:.]+)['\"]?\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)')");

  /** A PrimeFaces Ajax call as a page registers it, e.g. on a field's change. */
  public record Ajax(String form, String source, String event, String process, String update) {}

  private Html() {}

  public static Map<String, String> attributes(String tagContent) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tagContent);
    while (attribute.find()) {
      String value = attribute.group(2);
      attributes.put(attribute.group(1), value == null ? "" : unescape(value));
    }
    return attributes;
  }

  public static Optional<String> nonce(String html) {
    Matcher nonce = NONCE.matcher(html);
    return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
  }

  /** The Ajax calls; a call from "this" element is named by the element it is registered on. */
  public static List<Ajax> ajax(String html) {
    List<Ajax> calls = new ArrayList<>();
    Matcher call = AJAX.matcher(html);
    while (call.find()) {
      Map<String, String> options = pairs(call.group(2));
      String source = options.getOrDefault("s", call.group(1));
      if (source != null && options.containsKey("f")) {
        calls.add(
            new Ajax(
                options.get("f"),
                source,
                options.get("e"),
                options.getOrDefault("p", source),
                options.getOrDefault("u", "").replace(',', ' ')));
      }
    }
    return calls;
  }

  /** Parameters a script adds to a form when it submits it (e.g. a menu item's index), by form. */
  public static Map<String, Map<String, String>> submitParams(String html) {
    Map<String, Map<String, String>> byForm = new LinkedHashMap<>();
    Matcher params = SUBMIT_PARAMS.matcher(html);
    while (params.find()) {
      byForm
          .computeIfAbsent(params.group(1), f -> new LinkedHashMap<>())
          .putAll(pairs(params.group(2)));
    }
    return byForm;
  }

  private static Map<String, String> pairs(String script) {
    Map<String, String> pairs = new LinkedHashMap<>();
    Matcher pair = JS_PAIR.matcher(script);
    while (pair.find()) {
      String value = pair.group(2) != null ? pair.group(2) : pair.group(3);
      pairs.put(pair.group(1), value.replace("\\x3A", ":").replace("\\/", "/"));
    }
    return pairs;
  }

  public static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#10;", "\n")
        .replace("&amp;", "&");
  }
}
