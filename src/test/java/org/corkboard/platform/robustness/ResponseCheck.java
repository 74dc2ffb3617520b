package org.corkboard.platform.robustness;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every response must be, whatever was sent: no server error, nothing of the server's insides
 * in the body, and the security headers.
 */
public final class ResponseCheck {

  private static final Pattern STACK_FRAME =
      Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by:");
  private static final Pattern EXCEPTION_NAME =
      Pattern.compile("\\b(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b");
  private static final Pattern PAGE = Pattern.compile("text/html|text/plain|xml|json");
  // PrimeFaces tells its Ajax error handling the error pages of web.xml, exception types included.
  private static final Pattern ERROR_PAGE_SETTINGS = Pattern.compile("errorPages:\\{[^}]*\\}");

  private ResponseCheck() {}

  /** What is wrong with the response; empty if nothing is. */
  public static List<String> problems(int status, HttpHeaders headers, String body) {
    List<String> problems = new ArrayList<>();
    if (status >= 500) {
      // What the page says tells who answered: the server's own error page or the application's.
      String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
      problems.add(
          "server error "
              + status
              + " saying \""
              + text.substring(0, Math.min(120, text.length()))
              + "\"");
    }
    if (isPage(headers)) {
      if (STACK_FRAME.matcher(body).find()) {
        problems.add("stack trace in the body");
      }
      Matcher exception = EXCEPTION_NAME.matcher(ERROR_PAGE_SETTINGS.matcher(body).replaceAll(""));
      if (exception.find()) {
        problems.add("exception name in the body: " + exception.group());
      }
    }
    // An answer without a body (the HTTP parser's own 400 to a request line it cannot read) has
    // nothing to sniff or frame.
    if (!body.isEmpty()) {
      problems.addAll(missingHeaders(headers));
    }
    return problems;
  }

  private static List<String> missingHeaders(HttpHeaders headers) {
    List<String> missing = new ArrayList<>();
    if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
      missing.add("X-Content-Type-Options");
    }
    if (!headers.firstValue("X-Frame-Options").orElse("").equalsIgnoreCase("DENY")) {
      missing.add("X-Frame-Options");
    }
    if (headers.firstValue("Referrer-Policy").isEmpty()) {
      missing.add("Referrer-Policy");
    }
    if (headers.allValues("Content-Security-Policy").stream()
        .noneMatch(policy -> policy.contains("frame-ancestors 'none'"))) {
      missing.add("Content-Security-Policy frame-ancestors 'none'");
    }
    return missing.isEmpty() ? missing : List.of("security headers missing: " + missing);
  }

  /** Pages and messages, not scripts or style sheets, whose code may well name errors. */
  private static boolean isPage(HttpHeaders headers) {
    String type = headers.firstValue("Content-Type").orElse("text/html");
    return PAGE.matcher(type).find();
  }
}
