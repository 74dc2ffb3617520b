package org.corkboard.platform.robustness;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.corkboard.platform.robustness.Prober.Visitor;

/**
 * Requests for a page that are odd below the level of parameters: other methods, malformed or
 * hostile headers and cookies, and addresses with malformed escapes that only a raw socket sends.
 */
public final class HeaderProbes {

  private static final List<String> METHODS =
      List.of("HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "FOO");
  private static final List<String[]> HEADERS =
      List.of(
          new String[] {"Accept", "application/json"},
          new String[] {"Accept", "*/*;q=abc, text/html;q=-1"},
          new String[] {"Accept-Language", "zz-ZZ-x-bogus;q=2, *;q=abc"},
          new String[] {"Accept-Language", "de-".repeat(2_000)},
          new String[] {"Accept-Charset", "no-such-charset"},
          new String[] {"Accept-Encoding", "gzip;q=NaN, br;q=-1"},
          new String[] {"If-None-Match", "\"garbage\", *"},
          new String[] {"If-Modified-Since", "not a date"},
          new String[] {"If-Modified-Since", "Sat, 01 Jan 99999 00:00:00 GMT"},
          new String[] {"Range", "bytes=garbage"},
          new String[] {"Range", "bytes=999999999999-, -1-"},
          new String[] {"Cookie", "JSESSIONID=%00garbage%"},
          new String[] {"Cookie", "corkboard_remember=bogus-secret"},
          new String[] {"Cookie", "corkboard_remember=" + "x".repeat(4_000)},
          new String[] {"Cookie", "corkboard_remember=%; a=b=c; ;;"},
          new String[] {"X-Forwarded-For", "<script>, 999.1.1.1"},
          new String[] {"X-Forwarded-Proto", "gopher"},
          new String[] {"Faces-Request", "partial/ajax"},
          new String[] {"Content-Type", "multipart/form-data; boundary=x"},
          new String[] {"Referer", "javascript:alert(1)"});
  private static final List<String> RAW_TARGETS =
      List.of(
          "/search?q=%",
          "/search?q=%zz",
          "/search?q=%C3%28%FF",
          "/search?%=&=&&",
          "/%zz",
          "/category?c=%00",
          "/listings/%zz/x",
          "/pictures/%",
          "/account/user?name=%E0%A4%A",
          "/index.xhtml;jsessionid=bogus",
          "//account//sign-in",
          "/./account/./sign-in",
          "/..;/WEB-INF/web.xml",
          "/%2e%2e/WEB-INF/web.xml",
          "/WEB-INF%2fweb.xml",
          "/jakarta.faces.resource/..%2f..%2fWEB-INF%2fweb.xml.xhtml",
          "/jakarta.faces.resource/site.css.xhtml?ln=..%2fWEB-INF",
          "/" + "a".repeat(10_000));

  private final Prober prober;

  public HeaderProbes(Prober prober) {
    this.prober = prober;
  }

  public void path(Visitor visitor, String path) {
    for (String method : METHODS) {
      send(visitor, path, method, null, "method " + method);
    }
    for (String[] header : HEADERS) {
      send(visitor, path, "GET", header, header[0] + ": " + Malformed.describe(header[1]));
    }
  }

  /** Targets with bytes that java.net.URI refuses, sent over a raw socket. */
  public void rawTargets() {
    for (String target : RAW_TARGETS) {
      prober.getRaw(target, "a raw request line");
    }
  }

  private void send(Visitor visitor, String path, String method, String[] header, String sent) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Prober.uri(path))
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (header != null) {
      request.header(header[0], header[1]);
    }
    prober.send(visitor, request.build(), sent);
  }
}
