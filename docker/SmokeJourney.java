import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person does on a new board, through the real pages as a browser without JavaScript would:
 * it keeps cookies, sends each form with its hidden fields, view state and script nonce, and the
 * site's Origin. Run by docker/smoke-test.sh with the single-file launcher of Java 17:
 *
 * <pre>
 * java docker/SmokeJourney.java post  BOARD_URL MAIL_API_URL STATE_FILE   register, verify, sign in, post
 * java docker/SmokeJourney.java find  BOARD_URL MAIL_API_URL STATE_FILE   sign in, find the listing
 * </pre>
 *
 * Prints each step's time; any unexpected answer ends it with exit status 1.
 */
public class SmokeJourney {

  private static final String PASSWORD = "a long and memorable passphrase";
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern BIKES =
      Pattern.compile("<option value=\"(\\d+)\"[^>]*>For sale › Bikes</option>");

  private final String board;
  private final String mailApi;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  record Page(int status, String url, String html) {}

  SmokeJourney(String board, String mailApi) {
    this.board = board;
    this.mailApi = mailApi;
  }

  public static void main(String[] args) throws Exception {
    var journey = new SmokeJourney(args[1], args[2]);
    Path state = Path.of(args[3]);
    try {
      if (args[0].equals("post")) {
        journey.post(state);
      } else {
        journey.find(state);
      }
    } catch (IllegalStateException | IOException e) {
      System.err.println("FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  void post(Path state) throws Exception {
    String name = "smoke" + System.currentTimeMillis() % 100_000_000;
    String email = name + "@smoke.example";
    String title = "Smoke test bike " + name;
    step("register", () -> expect(register(name, email), "we sent a link to " + email));
    String link = step("verification mail", () -> verificationLink(email));
    step(
        "open the link",
        () ->
            expect(
                submit(get(link), "verify", Map.of(), "confirm"),
                "your e-mail address is confirmed"));
    step("sign in", () -> expect(signIn(name), "Display " + name));
    Page listing = step("post a listing", () -> expect(postListing(title), title));
    Files.writeString(state, name + "\n" + title + "\n" + listing.url() + "\n");
    System.out.println("listing at " + listing.url());
  }

  void find(Path state) throws Exception {
    var lines = Files.readAllLines(state);
    step("sign in again", () -> expect(signIn(lines.get(0)), "Display " + lines.get(0)));
    step("find the listing", () -> expect(get(lines.get(2)), lines.get(1)));
  }

  Page register(String name, String email) throws Exception {
    return submit(
        get("/account/register"),
        "register",
        Map.of(
            "username",
            name,
            "email",
            email,
            "displayName",
            "Display " + name,
            "password",
            PASSWORD),
        "submit");
  }

  Page signIn(String name) throws Exception {
    return submit(
        get("/account/sign-in"),
        "signIn",
        Map.of("identifier", name, "password", PASSWORD),
        "submit");
  }

  /** Saves a draft for sale (bikes, 120 EUR, Berlin), then publishes it; the listing's page. */
  Page postListing(String title) throws Exception {
    Page edit = get("/listing/edit");
    Matcher bikes = BIKES.matcher(edit.html());
    if (!bikes.find()) {
      throw new IllegalStateException("no category 'Bikes' on " + edit.url());
    }
    Map<String, String> fields =
        Map.of(
            "type",
            "FOR_SALE",
            "title",
            title,
            "description",
            "Ridden for a few years, brakes new.",
            "categoryId",
            bikes.group(1),
            "priceMode",
            "FIXED",
            "priceAmount",
            "120",
            "priceCurrency",
            "EUR",
            "city",
            "Berlin",
            "postalCode",
            "10115");
    Page draft = submit(edit, "listing", fields, "saveDraft");
    return submit(draft, "listing", fields, "publish");
  }

  /**
   * Waits for the mail to the address and answers its verification link: up to three minutes, time
   * for the delivery's first retries (2 s, 6 s, 18 s, 54 s) when the SMTP server was slow.
   */
  String verificationLink(String email) throws Exception {
    Pattern link = Pattern.compile("https?://\\S+/account/verify\\?token=[A-Za-z0-9_.%-]+");
    URI mails = URI.create(mailApi + "/api/user/" + encode(email) + "/messages/");
    HttpResponse<String> answer = null;
    for (long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        System.nanoTime() < end; ) {
      answer =
          http.send(HttpRequest.newBuilder(mails).build(), HttpResponse.BodyHandlers.ofString());
      Matcher found = link.matcher(decoded(json(answer.body())));
      if (answer.statusCode() == 200 && found.find()) {
        return found.group();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "no verification mail for "
            + email
            + " within 3 minutes; "
            + mails
            + " answered "
            + answer.statusCode()
            + ": "
            + answer.body());
  }

  Page get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /**
   * Sends the form with its hidden fields, the page's nonce and the fields, as if the button was
   * pressed.
   */
  Page submit(Page page, String formId, Map<String, String> fields, String button)
      throws Exception {
    Matcher form =
        Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
            .matcher(page.html());
    if (!form.find()) {
      throw new IllegalStateException(
          "no form '"
              + formId
              + "' on "
              + page.url()
              + " ("
              + page.status()
              + "):\n"
              + page.html());
    }
    Map<String, String> sent = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form.group(1));
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        sent.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
      }
    }
    Matcher nonce = NONCE.matcher(page.html());
    if (nonce.find()) {
      sent.put("primefaces.nonce", nonce.group(1));
    }
    sent.putAll(fields);
    sent.put(button, "");
    String body =
        sent.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(page.url()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", URI.create(board).resolve("/").toString().replaceAll("/$", ""))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends the request and follows redirects with a GET, as browsers do after a form. */
  Page send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response =
          http.send(
              HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
    return new Page(response.statusCode(), response.uri().toString(), response.body());
  }

  static Page expect(Page page, String text) {
    if (page.status() != 200 || !page.html().contains(text)) {
      throw new IllegalStateException(
          page.url() + " answered " + page.status() + " without \"" + text + "\":\n" + page.html());
    }
    return page;
  }

  static <T> T step(String name, Callable<T> action) throws Exception {
    long start = System.nanoTime();
    T result = action.call();
    System.out.printf("  %-22s %6.2f s%n", name, (System.nanoTime() - start) / 1e9);
    return result;
  }

  URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : board + path);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** The text of a JSON string's escapes (GreenMail's API answers the raw mail in JSON). */
  static String json(String text) {
    Matcher escape = Pattern.compile("\\\\(u([0-9a-fA-F]{4})|.)").matcher(text);
    return escape.replaceAll(
        m ->
            Matcher.quoteReplacement(
                switch (m.group(1).charAt(0)) {
                  case 'n' -> "\n";
                  case 'r' -> "\r";
                  case 't' -> "\t";
                  case 'u' -> String.valueOf((char) Integer.parseInt(m.group(2), 16));
                  default -> m.group(1);
                }));
  }

  /**
   * The mails' text with quoted-printable undone where a mail says it is so encoded (its soft line
   * breaks joined, =XX decoded; links keep ASCII only). A plain mail stays as it is: its link's
   * "token=72…" is no escape.
   */
  static String decoded(String mails) {
    if (!mails.toLowerCase().contains("content-transfer-encoding: quoted-printable")) {
      return mails;
    }
    return Pattern.compile("=([0-9A-F]{2})")
        .matcher(mails.replaceAll("=\r?\n", ""))
        .replaceAll(
            m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }
}
