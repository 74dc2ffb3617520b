package org.corkboard.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.corkboard.testing.WebClient.Page;

/**
 * A client that connects from a loopback address of its own (127.x.y.z), so that the server sees it
 * as a client of that address; Java's HttpClient cannot choose the address it connects from. It
 * speaks plain HTTP/1.0, one connection a request, and keeps the cookies it is given.
 */
public final class LoopbackClient {

  private final URI base = URI.create(WebClient.BASE);
  private final InetAddress local;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private LoopbackClient(InetAddress local) {
    this.local = local;
  }

  /** A client of a random loopback address, so that what the server counts by it is its own. */
  public static LoopbackClient ofOwnAddress() throws IOException {
    var random = ThreadLocalRandom.current();
    byte[] address = {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256), 1};
    address[3] = (byte) random.nextInt(1, 255);
    return new LoopbackClient(InetAddress.getByAddress(address));
  }

  public String address() {
    return local.getHostAddress();
  }

  public Page get(String path) throws IOException {
    return exchange("GET " + path, Map.of(), null);
  }

  /** Fills in the page's form and presses the button, with extra request headers. */
  public Page submit(
      Page page,
      String formId,
      Map<String, String> fields,
      String button,
      Map<String, String> headers)
      throws IOException {
    Map<String, String> form = page.hiddenFields(formId);
    page.scriptNonce().ifPresent(nonce -> form.put("primefaces.nonce", nonce));
    form.putAll(fields);
    form.put(button, "");
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return exchange("POST " + URI.create(page.url()).getRawPath(), headers, body);
  }

  private Page exchange(String requestLine, Map<String, String> headers, String body)
      throws IOException {
    var head = new StringBuilder(requestLine + " HTTP/1.0\r\nHost: " + base.getAuthority());
    headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
    if (!cookies.isEmpty()) {
      head.append("\r\nCookie: ").append(cookieHeader());
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      head.append("\r\nContent-Type: application/x-www-form-urlencoded");
      head.append("\r\nContent-Length: ").append(content.length);
    }
    head.append("\r\n\r\n");
    try (var socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      String path = requestLine.substring(requestLine.indexOf(' ') + 1);
      return response(
          path, new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The response read to its end (an HTTP/1.0 server closes the connection after it). */
  private Page response(String path, String response) {
    int end = response.indexOf("\r\n\r\n");
    String[] lines = response.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    for (String cookie : headers.getOrDefault("Set-Cookie", List.of())) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return new Page(
        Integer.parseInt(lines[0].split(" ")[1]),
        base.resolve(path).toString(),
        response.substring(end + 4),
        0,
        HttpHeaders.of(headers, (name, value) -> true));
  }

  private String cookieHeader() {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
