package org.corkboard.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, for tests that talk to the real pages over HTTP: it keeps cookies,
 * follows redirects and submits Faces forms (hidden fields and view state included).
 */
public final class WebClient {

  public static final String BASE =
      System.getProperty("corkboard.base-url", "http://localhost:8080");
  private static final Pattern HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          // As browsers speak to a server over plain HTTP (they never upgrade to HTTP/2 there).
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** What a page answered. */
  public record Page(int status, String url, String html, HttpHeaders headers) {

    public boolean contains(String text) {
      return html.contains(text);
    }

    /** Every value of the response header. */
    public List<String> header(String name) {
      return headers.allValues(name);
    }

    /** The content security policy nonce PrimeFaces' script on the page adds to its forms. */
    public Optional<String> scriptNonce() {
      Matcher nonce = NONCE.matcher(html);
      return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    /** The hidden fields of a form, by name. */
    Map<String, String> hiddenFields(String formId) {
      Matcher form =
          Pattern.compile(
                  "<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                  Pattern.DOTALL)
              .matcher(html);
      if (!form.find()) {
        throw new AssertionError("No form '" + formId + "' on " + url + ":\n" + html);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher hidden = HIDDEN.matcher(form.group(1));
      while (hidden.find()) {
        Matcher name = NAME.matcher(hidden.group());
        Matcher value = VALUE.matcher(hidden.group());
        if (name.find()) {
          fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
      }
      return fields;
    }
  }

  public Page get(String path) throws IOException, InterruptedException {
    return get(path, Map.of());
  }

  /** A GET with request headers, such as a cache's If-None-Match. */
  public Page get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(uri(path)).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  /** Fills in the form's fields and presses the button with the given name. */
  public Page submit(Page page, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    return submit(formFields(page, formId, fields, true), page.url(), button);
  }

  /**
   * Like {@link #submit}, as a browser without JavaScript does: without what PrimeFaces' script
   * adds to a form (the page's content security policy nonce).
   */
  public Page submitWithoutScript(
      Page page, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    return submit(formFields(page, formId, fields, false), page.url(), button);
  }

  private Page submit(Map<String, String> form, String url, String button)
      throws IOException, InterruptedException {
    form.put(button, "");
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return post(url, "application/x-www-form-urlencoded", body.getBytes(UTF_8));
  }

  /**
   * Sends the form as multipart/form-data, as a browser sends a form with a file: its fields, then
   * the file under {@code fileField}.
   */
  public Page submitFile(
      Page page, String formId, Map<String, String> fields, String fileField, Upload file)
      throws IOException, InterruptedException {
    String boundary = "----corkboard" + System.nanoTime();
    var body = new ByteArrayOutputStream();
    for (var field : formFields(page, formId, fields, true).entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + file.name()
                + "\"\r\nContent-Type: "
                + file.type()
                + "\r\n\r\n")
            .getBytes(UTF_8));
    body.writeBytes(file.content());
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    return post(page.url(), "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  /** A file to upload: its name, declared type and bytes. */
  public record Upload(String name, String type, byte[] content) {}

  /** Posts the body as it is, for requests no form would send. */
  public Page post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** The form's hidden fields, the page's nonce if PrimeFaces' script would add it, the fields. */
  private static Map<String, String> formFields(
      Page page, String formId, Map<String, String> fields, boolean withScript) {
    Map<String, String> form = page.hiddenFields(formId);
    if (withScript) {
      page.scriptNonce().ifPresent(nonce -> form.put("primefaces.nonce", nonce));
    }
    form.putAll(fields);
    return form;
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public void forgetCookie(String name) {
    var store = cookies.getCookieStore();
    for (URI uri : store.getURIs()) {
      store.get(uri).stream()
          .filter(c -> c.getName().equals(name))
          .toList()
          .forEach(c -> store.remove(uri, c));
    }
  }

  /**
   * Sends the request and follows redirects as a browser does: with a plain GET. (The JDK's client
   * would repeat the POST's Content-Type on that GET, a request no browser sends.)
   */
  private Page send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
    for (int hops = 0; hops < 10 && isRedirect(response.statusCode()); hops++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = http.send(HttpRequest.newBuilder(next).GET().build(), BodyHandlers.ofString());
    }
    return new Page(
        response.statusCode(), response.uri().toString(), response.body(), response.headers());
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303;
  }

  private static URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : BASE + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
