package org.corkboard.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final HttpClient raw =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** What a page answered. */
  public record Page(int status, String url, String html) {

    public boolean contains(String text) {
      return html.contains(text);
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
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** Fills in the form's fields and presses the button with the given name. */
  public Page submit(Page page, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    Map<String, String> form = page.hiddenFields(formId);
    // What PrimeFaces' script adds to every form: the page's content security policy nonce.
    Matcher nonce = NONCE.matcher(page.html());
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    form.putAll(fields);
    form.put(button, "");
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(page.url()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(request);
  }

  /** Sends the request as it is, with this browser's cookies, and follows no redirect. */
  public HttpResponse<String> exchange(HttpRequest request)
      throws IOException, InterruptedException {
    return raw.send(request, HttpResponse.BodyHandlers.ofString());
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

  private Page send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.uri().toString(), response.body());
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
