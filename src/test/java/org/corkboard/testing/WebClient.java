package org.corkboard.testing;

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
          // As browsers speak to a plain http:// address (they never upgrade it to HTTP/2).
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .build();
  private final HttpClient raw =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** What a page answered, and after how many redirects. */
  public record Page(int status, String url, String html, int redirects, HttpHeaders headers) {

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
    public Map<String, String> hiddenFields(String formId) {
      Matcher form = form(formId);
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher hidden = HIDDEN.matcher(form.group(2));
      while (hidden.find()) {
        Matcher name = NAME.matcher(hidden.group());
        Matcher value = VALUE.matcher(hidden.group());
        if (name.find()) {
          fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
      }
      return fields;
    }

    /** The name of the first button with the style class, e.g. an entry's button in a list. */
    public String buttonId(String styleClass) {
      Matcher button =
          Pattern.compile("<button id=\"([^\"]+)\"[^>]*class=\"[^\"]*\\b" + styleClass + "\\b")
              .matcher(html);
      if (!button.find()) {
        throw new AssertionError(
            "No button of class '" + styleClass + "' on " + url + ":\n" + html);
      }
      return button.group(1);
    }

    boolean isMultipart(String formId) {
      return form(formId).group(1).contains("multipart/form-data");
    }

    private Matcher form(String formId) {
      Matcher form =
          Pattern.compile(
                  "(<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>)(.*?)</form>",
                  Pattern.DOTALL)
              .matcher(html);
      if (!form.find()) {
        throw new AssertionError("No form '" + formId + "' on " + url + ":\n" + html);
      }
      return form;
    }
  }

  /**
   * A form of a page as the browser sends it: its hidden fields, what is filled in, files, and the
   * pressed button. Fields and headers can be changed as a forger would.
   */
  public final class Form {

    private URI action;
    private final boolean multipart;
    private final Map<String, String> fields;
    private final Map<String, Upload> files = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Form(Page page, String formId) {
      action = URI.create(page.url());
      multipart = page.isMultipart(formId);
      fields = page.hiddenFields(formId);
      // What PrimeFaces' script adds to every form: the page's content security policy nonce.
      page.scriptNonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
    }

    /**
     * Sends the form to {@code path} instead of the page's address, as a browser does to the form's
     * action (a page shown at another address than its view's, such as /inbox/{id}).
     */
    public Form to(String path) {
      action = URI.create(BASE + path);
      return this;
    }

    public Form set(String name, String value) {
      fields.put(name, value);
      return this;
    }

    public Form set(Map<String, String> values) {
      fields.putAll(values);
      return this;
    }

    public Form remove(String name) {
      fields.remove(name);
      return this;
    }

    /** A picture for a file input (sends the form as multipart/form-data). */
    public Form file(String name, byte[] png) {
      return file(name, new Upload("picture.png", "image/png", png));
    }

    /** A file of any name and declared type for a file input. */
    public Form file(String name, Upload upload) {
      files.put(name, upload);
      return this;
    }

    public Form header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Sends the form as if the button with the given name was pressed. */
    public Page press(String button) throws IOException, InterruptedException {
      fields.put(button, "");
      return send();
    }

    /** Like {@link #press}, but answers the response itself, a redirect not followed. */
    public Page pressWithoutFollowing(String button) throws IOException, InterruptedException {
      fields.put(button, "");
      return WebClient.this.send(request().build(), false);
    }

    /**
     * Like {@link #press}, but with the cookies of another browser, as if its person sent a form
     * loaded by this one's.
     */
    public Page pressIn(WebClient other, String button) throws IOException, InterruptedException {
      fields.put(button, "");
      return other.send(request().build());
    }

    /** Sends the form as it is, as a script of the page does. */
    public Page send() throws IOException, InterruptedException {
      return WebClient.this.send(request().build());
    }

    private HttpRequest.Builder request() {
      HttpRequest.Builder request;
      if (multipart || !files.isEmpty()) {
        String boundary = "corkboard" + System.nanoTime();
        request =
            HttpRequest.newBuilder(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary)));
      } else {
        request = urlEncodedPost(action, fields);
      }
      headers.forEach(request::header);
      return request;
    }

    private byte[] multipartBody(String boundary) {
      var body = new ByteArrayOutputStream();
      fields.forEach(
          (name, value) ->
              part(
                  body, boundary, "name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8)));
      files.forEach(
          (name, file) ->
              part(
                  body,
                  boundary,
                  "name=\""
                      + name
                      + "\"; filename=\""
                      + file.name()
                      + "\"\r\nContent-Type: "
                      + file.type(),
                  file.content()));
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return body.toByteArray();
    }

    private static void part(
        ByteArrayOutputStream body, String boundary, String disposition, byte[] content) {
      String head =
          "--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n";
      body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A new browser, signed in through the sign-in page. */
  public static WebClient signedIn(String username, String password)
      throws IOException, InterruptedException {
    var browser = new WebClient();
    browser.submit(
        browser.get("/account/sign-in"),
        "signIn",
        Map.of("identifier", username, "password", password),
        "submit");
    return browser;
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

  /** The body of a GET as bytes, such as a picture's, with this browser's cookies. */
  public byte[] bytes(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** Fills in the form's fields and presses the button with the given name. */
  public Page submit(Page page, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    return form(page, formId).set(fields).press(button);
  }

  /** A form of the page, to fill in, change and send. */
  public Form form(Page page, String formId) {
    return new Form(page, formId);
  }

  /**
   * Like {@link #submit}, as a browser without JavaScript does: without what PrimeFaces' script
   * adds to a form (the page's content security policy nonce).
   */
  public Page submitWithoutScript(
      Page page, String formId, Map<String, String> fields, String button)
      throws IOException, InterruptedException {
    return form(page, formId).remove("primefaces.nonce").set(fields).press(button);
  }

  /** Sends the form as multipart/form-data with the file under {@code fileField}. */
  public Page submitFile(
      Page page, String formId, Map<String, String> fields, String fileField, Upload file)
      throws IOException, InterruptedException {
    return form(page, formId).set(fields).file(fileField, file).send();
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

  /** A form POST to the path that no page of this client offered, as a forger would send. */
  public Page post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return send(urlEncodedPost(uri(path), fields).build());
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

  /**
   * Sends the request and follows redirects with a plain GET, as browsers do (Java's own redirects
   * would keep a form's headers, such as its multipart Content-Type).
   */
  private Page send(HttpRequest request) throws IOException, InterruptedException {
    return send(request, true);
  }

  private Page send(HttpRequest request, boolean followRedirects)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Optional<String> location = response.headers().firstValue("Location");
    int redirects = 0;
    while (followRedirects
        && redirects < 10
        && response.statusCode() / 100 == 3
        && location.isPresent()) {
      URI next = response.uri().resolve(location.get());
      response =
          http.send(
              HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
      location = response.headers().firstValue("Location");
      redirects++;
    }
    return new Page(
        response.statusCode(),
        response.uri().toString(),
        response.body(),
        redirects,
        response.headers());
  }

  private static URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : BASE + path);
  }

  private static HttpRequest.Builder urlEncodedPost(URI uri, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
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
