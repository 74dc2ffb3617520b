package org.corkboard.deadletter.entity;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A message's own properties as one line of text, {@code name=type:value} pairs joined by {@code &}
 * and URL-encoded, so that they are set again with their types when the message is sent back.
 * Strings, longs, integers, booleans and doubles keep their type; other values become text.
 */
public final class MessageProperties {

  private MessageProperties() {}

  public static String encode(Map<String, Object> properties) {
    StringJoiner line = new StringJoiner("&");
    properties.forEach(
        (name, value) -> line.add(encoded(name) + "=" + encoded(typeOf(value) + ":" + value)));
    return line.toString();
  }

  public static Map<String, Object> decode(String line) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (line == null || line.isEmpty()) {
      return properties;
    }
    for (String pair : line.split("&")) {
      int equals = pair.indexOf('=');
      String typed = decoded(pair.substring(equals + 1));
      properties.put(decoded(pair.substring(0, equals)), valueOf(typed));
    }
    return properties;
  }

  private static char typeOf(Object value) {
    if (value instanceof Long) {
      return 'l';
    } else if (value instanceof Integer) {
      return 'i';
    } else if (value instanceof Boolean) {
      return 'b';
    } else if (value instanceof Double) {
      return 'd';
    }
    return 's';
  }

  private static Object valueOf(String typed) {
    String value = typed.substring(2);
    return switch (typed.charAt(0)) {
      case 'l' -> Long.valueOf(value);
      case 'i' -> Integer.valueOf(value);
      case 'b' -> Boolean.valueOf(value);
      case 'd' -> Double.valueOf(value);
      default -> value;
    };
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decoded(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
