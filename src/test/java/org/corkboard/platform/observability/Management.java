package org.corkboard.platform.observability;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The test server's management interface as a monitoring system reaches it: health anonymously, the
 * Prometheus endpoint as a management user (HTTP Digest, which java.net's own client speaks).
 */
final class Management {

  static final String USER = "corkboard-scraper";
  private static final String PASSWORD = "scraper-test-only-1";

  /** What an endpoint answered. */
  record Answer(int status, String body) {}

  private Management() {}

  static String base() {
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return "http://127.0.0.1:" + (9990 + offset);
  }

  static Answer health(String which) throws IOException {
    return get("/health/" + which, false);
  }

  static String prometheus() throws IOException {
    Answer answer = get("/prometheus", true);
    if (answer.status() != 200) {
      throw new IOException("/prometheus answered " + answer.status());
    }
    return answer.body();
  }

  static Answer get(String path, boolean signedIn) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base() + path).toURL().openConnection();
    if (signedIn) { // as Prometheus signs in
      String credentials = USER + ":" + PASSWORD;
      connection.setRequestProperty(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    int status = connection.getResponseCode();
    var in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return new Answer(status, body);
  }

  /**
   * Adds the scraper as a management user, as bin/add-user.sh does: a line in
   * mgmt-users.properties, which the management realm reads again when the file changes.
   */
  static void addScraperUser() throws IOException {
    Path users = Path.of(System.getProperty("jboss.server.config.dir"), "mgmt-users.properties");
    String existing = Files.readString(users);
    if (!existing.contains("\n" + USER + "=")) {
      String line = "\n" + USER + "=" + md5Hex(USER + ":ManagementRealm:" + PASSWORD) + "\n";
      Files.writeString(users, line, StandardOpenOption.APPEND);
    }
  }

  private static String md5Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
