package org.corkboard.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;

/**
 * One signed-in person with their conversation's page open, as a browser has it: the page's live
 * socket, the chat form and the page's Ajax re-read ({@code liveChat}) on every hint about the
 * conversation. Its requests go one after the other, as one page's do.
 */
final class ChatUser {

  private static final Pattern SOCKET =
      Pattern.compile("faces\\.push\\.init\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern REFRESH =
      Pattern.compile("cbRefreshConversation.{0,200}?s:['\"]([^'\"]+)['\"]", Pattern.DOTALL);
  private static final Pattern RENDER =
      Pattern.compile("cbRefreshConversation.{0,300}?u:['\"]([^'\"]+)['\"]", Pattern.DOTALL);
  private static final Pattern VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
  private static final Pattern ACTION =
      Pattern.compile("<form id=\"liveChat\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern HINT = Pattern.compile("\"conversation\"\\s*:\\s*(\\d+)");
  private static final Pattern HINTED_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*(\\d+)");
  private static final String VIEW_STATE_FIELD = "jakarta.faces.ViewState";

  private final String username;
  private final WebClient browser;
  private final long conversation;
  private final ExecutorService page = Executors.newSingleThreadExecutor();

  /** Texts on their way to this person, with the time their send started (System.nanoTime). */
  final Map<String, Long> expected = new ConcurrentHashMap<>();

  private volatile Page current;
  private volatile String viewState;
  private volatile long lastHint;
  private volatile String shown = "";
  private volatile int reconnects;
  private WebSocket socket;

  ChatUser(String username, WebClient browser, long conversation) {
    this.username = username;
    this.browser = browser;
    this.conversation = conversation;
  }

  String username() {
    return username;
  }

  /** When the last hint about the conversation arrived (System.nanoTime), 0 if none yet. */
  long lastHint() {
    return lastHint;
  }

  /**
   * Opens the conversation's page and its live socket (the URL Mojarra renders, with the session
   * cookie and the site's Origin, as the browser sends them); on each hint the page re-reads the
   * conversation and {@code delivered} gets the time each expected text took to show.
   */
  void open(HttpClient sockets, Delivered delivered) throws Exception {
    load(browser.get("/inbox/" + conversation));
    Matcher url = SOCKET.matcher(current.html());
    if (!url.find()) {
      throw new IllegalStateException("No live socket on the page of " + username);
    }
    URI base = URI.create(WebClient.BASE);
    URI address =
        url.group(1).startsWith("ws")
            ? URI.create(url.group(1))
            : URI.create("ws://" + base.getAuthority() + url.group(1));
    connect(sockets, address, delivered);
  }

  private void connect(HttpClient sockets, URI address, Delivered delivered) throws Exception {
    socket =
        sockets
            .newWebSocketBuilder()
            .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow())
            .header("Origin", WebClient.BASE)
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(address, new Listener(sockets, address, delivered))
            .get(30, TimeUnit.SECONDS);
  }

  /** How often the socket was cut and opened again. */
  int reconnects() {
    return reconnects;
  }

  /**
   * As Mojarra's script and site.js do when the socket is cut: open it again, then re-read what
   * hints may have been lost meanwhile.
   */
  private void reconnect(HttpClient sockets, URI address, Delivered delivered) {
    reconnects++;
    try {
      Thread.sleep(500);
      connect(sockets, address, delivered);
      reRead(0, delivered);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      delivered.failed(this, e);
    }
  }

  /**
   * Sends the text through the chat form as the browser does (a full POST, answered with a redirect
   * to the page, which it then loads); answers how long the POST itself took, in nanoseconds, or -1
   * if it was refused.
   */
  long send(String text) throws IOException, InterruptedException {
    var form =
        browser
            .form(current, "chat")
            .set(Map.of("text", text, VIEW_STATE_FIELD, viewState))
            .header("Origin", WebClient.BASE);
    long start = System.nanoTime();
    Page answer = form.pressWithoutFollowing("send");
    long took = System.nanoTime() - start;
    var location = answer.headers().firstValue("Location");
    if (answer.status() != 302 || location.isEmpty()) {
      return -1;
    }
    load(browser.get(location.get()));
    return took;
  }

  /** Runs the action as the next thing this page does. */
  void later(Runnable action) {
    page.execute(action);
  }

  void close() {
    if (socket != null) {
      socket.abort();
    }
    page.shutdownNow();
  }

  /** The page's {@code cbRefreshConversation()}: an Ajax postback of the form {@code liveChat}. */
  private Page refresh() throws IOException, InterruptedException {
    String source = first(REFRESH, "the refresh command");
    // Posted where the form says, as the browser does (not to the page's own address).
    Page page =
        new Page(
            current.status(),
            WebClient.BASE + first(ACTION, "the live form"),
            current.html(),
            current.redirects(),
            current.headers());
    Page answer =
        browser
            .form(page, "liveChat")
            .set(
                Map.of(
                    "jakarta.faces.partial.ajax",
                    "true",
                    "jakarta.faces.source",
                    source,
                    "jakarta.faces.partial.execute",
                    source,
                    // PrimeFaces' script sends the ids to update separated by spaces.
                    "jakarta.faces.partial.render",
                    first(RENDER, "what the refresh updates").replace(',', ' '),
                    source,
                    source,
                    VIEW_STATE_FIELD,
                    viewState))
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Origin", WebClient.BASE)
            .send();
    Matcher state = VIEW_STATE.matcher(answer.html());
    if (state.find()) {
      viewState = state.group(1);
    }
    return answer;
  }

  private void load(Page loaded) {
    if (loaded.status() != 200) {
      throw new IllegalStateException(username + " got " + loaded.status() + " " + loaded.url());
    }
    current = loaded;
    viewState = loaded.hiddenFields("chat").get(VIEW_STATE_FIELD);
    shown = loaded.html();
  }

  private String first(Pattern pattern, String what) {
    Matcher matcher = pattern.matcher(current.html());
    if (!matcher.find()) {
      throw new IllegalStateException("No " + what + " on the page of " + username);
    }
    return matcher.group(1);
  }

  /** Receives the time from a send's start until its text was shown here, in nanoseconds. */
  interface Delivered {
    void took(ChatUser to, long nanos);

    void failed(ChatUser to, Exception e);
  }

  private final class Listener implements WebSocket.Listener {

    private final HttpClient sockets;
    private final URI address;
    private final Delivered delivered;
    private final StringBuilder text = new StringBuilder();

    Listener(HttpClient sockets, URI address, Delivered delivered) {
      this.sockets = sockets;
      this.address = address;
      this.delivered = delivered;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      if (!page.isShutdown()) {
        System.err.printf("Socket of %s closed: %d %s%n", username, statusCode, reason);
        later(() -> reconnect(sockets, address, delivered));
      }
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      if (!page.isShutdown()) {
        System.err.printf("Socket of %s failed: %s%n", username, error);
        later(() -> reconnect(sockets, address, delivered));
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        Matcher hint = HINT.matcher(text);
        if (hint.find() && Long.parseLong(hint.group(1)) == conversation) {
          lastHint = System.nanoTime();
          Matcher message = HINTED_MESSAGE.matcher(text);
          long added = message.find() ? Long.parseLong(message.group(1)) : 0;
          later(() -> reRead(added, delivered));
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  /** As site.js does: a message this page already shows needs no re-read. */
  private void reRead(long added, Delivered delivered) {
    if (added > 0 && shown.contains("id=\"message-" + added + "\"")) {
      return;
    }
    try {
      String html = refresh().html();
      shown = html;
      long now = System.nanoTime();
      expected.forEach(
          (text, start) -> {
            if (html.contains(text) && expected.remove(text) != null) {
              delivered.took(this, now - start);
            }
          });
    } catch (IOException | RuntimeException e) {
      delivered.failed(this, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
