package org.corkboard.deadletter.boundary;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dead letter's reason as an administrator reads it. The reason is kept as the log shows it, the
 * failure's class and message ("java.net.ConnectException: Connection refused"); the console says
 * what happened in words instead ("Could not connect: Connection refused").
 */
final class ReadableReason {

  private static final Pattern FAILURE =
      Pattern.compile(
          "(?:[a-z_][\\w$]*\\.)*([A-Z][\\w$]*?)?(?:Exception|Error)(?::\\s*(.*))?", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Map<String, String> KNOWN =
      Map.of(
          "Connect", "Could not connect",
          "UnknownHost", "Unknown host",
          "SocketTimeout", "No answer in time",
          "Socket", "The connection failed",
          "SSL", "The secure connection failed",
          "SSLHandshake", "The secure connection failed",
          "AuthenticationFailed", "The mail server refused the sign-in",
          "SendFailed", "The mail server refused an address");

  private ReadableReason() {}

  static String of(String reason) {
    Matcher failure = FAILURE.matcher(reason.strip());
    if (!failure.matches()) {
      return reason;
    }
    String kind = failure.group(1) == null ? "" : failure.group(1);
    String what = KNOWN.getOrDefault(kind, words(kind));
    String message = failure.group(2);
    return message == null || message.isBlank() ? what : what + ": " + message.strip();
  }

  /** "IllegalState" becomes "Illegal state"; an empty kind (a bare "Exception"), "Failure". */
  private static String words(String kind) {
    if (kind.isEmpty()) {
      return "Failure";
    }
    String words = String.join(" ", WORD.split(kind)).toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
