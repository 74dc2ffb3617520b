package org.corkboard.platform.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.corkboard.platform.robustness.Findings.Finding;
import org.corkboard.testing.WebClient;

/**
 * Sends probes as a visitor (with the visitor's cookies, following no redirect) and checks every
 * answer with {@link ResponseCheck}, noting what was wrong in the {@link Findings}.
 */
public final class Prober {

  /** Who sends: a name for the report, a browser that keeps the session, and if signed in. */
  public record Visitor(String name, WebClient browser, boolean signedIn) {}

  private final Findings findings;

  public Prober(Findings findings) {
    this.findings = findings;
  }

  public Findings findings() {
    return findings;
  }

  /** GETs the path (with its query) and checks the answer. */
  public Optional<HttpResponse<String>> get(Visitor visitor, String path, String sent) {
    return send(
        visitor, HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build(), sent);
  }

  /** Sends the request and checks the answer; empty if no answer came. */
  public Optional<HttpResponse<String>> send(Visitor visitor, HttpRequest request, String sent) {
    findings.sent();
    String what = "as " + visitor.name() + ": " + sent;
    String path = request.uri().getRawPath() + query(request.uri());
    try {
      HttpResponse<String> response = visitor.browser().exchange(request);
      check(
          request.method(), path, what, response.statusCode(), response.headers(), response.body());
      return Optional.of(response);
    } catch (IOException e) {
      findings.add(new Finding(request.method(), path, what, 0, "no answer: " + e));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a GET whose target is taken byte for byte, e.g. with a malformed escape. */
  public void getRaw(String rawTarget, String sent) {
    findings.sent();
    String what = "as anonymous: " + sent;
    URI base = URI.create(WebClient.BASE);
    try {
      RawHttp.Answer answer = RawHttp.get(base.getHost(), base.getPort(), rawTarget);
      check("GET", rawTarget, what, answer.status(), answer.headers(), answer.body());
    } catch (IOException | RuntimeException e) {
      findings.add(new Finding("GET", rawTarget, what, 0, "no answer: " + e));
    }
  }

  private void check(
      String method, String path, String what, int status, HttpHeaders headers, String body) {
    List<String> problems = ResponseCheck.problems(status, headers, body);
    if (!problems.isEmpty()) {
      findings.add(new Finding(method, path, what, status, String.join("; ", problems)));
    }
  }

  public static URI uri(String path) {
    return URI.create(WebClient.BASE + path);
  }

  private static String query(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }
}
