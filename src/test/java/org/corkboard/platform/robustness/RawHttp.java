package org.corkboard.platform.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for requests that {@link java.net.URI} refuses to build: a
 * malformed escape in the path, a raw byte in the query. The server closes the connection after
 * answering, so the whole answer is read.
 */
public final class RawHttp {

  /** An answer as it came: the status, the headers and the body (chunks left as they are). */
  public record Answer(int status, HttpHeaders headers, String body) {}

  private RawHttp() {}

  public static Answer get(String host, int port, String rawTarget) throws IOException {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(60_000);
      String request =
          "GET "
              + rawTarget
              + " HTTP/1.1\r\nHost: "
              + host
              + ":"
              + port
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static Answer parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ");
    int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
    }
    String body = end < 0 ? "" : raw.substring(end + 4);
    return new Answer(status, HttpHeaders.of(headers, (name, value) -> true), body);
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
