package org.corkboard.platform.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A malformed value for a field or parameter, with a short name for the report. The list is fixed,
 * and its random members come from a fixed seed, so every run sends the same requests.
 */
public record Malformed(String name, String value) {

  private static final long SEED = 20_261_130L;

  /** Every malformed value, for fields and parameters of any kind. */
  public static List<Malformed> all() {
    List<Malformed> values = new ArrayList<>(FIXED);
    Random random = new Random(SEED);
    for (int i = 1; i <= 4; i++) {
      values.add(new Malformed("random-" + i, randomText(random, 1 + random.nextInt(300))));
    }
    return values;
  }

  /** A few values that reach the most code paths, where every request is costly or counted. */
  public static List<Malformed> few() {
    return List.of(get("empty"), get("overlong"), get("nul-inside"), get("rtl"), get("sql"));
  }

  /** Values short enough for a path segment or query string; the longest are left out. */
  public static List<Malformed> forUrls() {
    return all().stream().filter(m -> m.value().length() <= 5_000).toList();
  }

  /** A short, printable description of any text, for the report. */
  public static String describe(String text) {
    StringBuilder shown = new StringBuilder("\"");
    text.codePoints()
        .limit(24)
        .forEach(
            c ->
                shown.append(
                    c < 0x20 || c == 0x7F ? String.format("\\u%04x", c) : Character.toString(c)));
    shown.append(text.length() > 24 ? "…\" (" + text.length() + " chars)" : "\"");
    return shown.toString();
  }

  @Override
  public String toString() {
    return "<" + name + ">";
  }

  private static Malformed get(String name) {
    return FIXED.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
  }

  private static final List<Malformed> FIXED =
      List.of(
          new Malformed("empty", ""),
          new Malformed("blank", "   "),
          new Malformed("overlong", "x".repeat(5_000)),
          new Malformed("huge-text", "Ωé😀".repeat(25_000)),
          new Malformed("rtl", "مرحبا بالعالم שלום"),
          new Malformed("rtl-override", "\u202Egpj.exe"),
          new Malformed("emoji", "😀👍🏽👨‍👩‍👧🇩🇪"),
          new Malformed("nul", "\u0000"),
          new Malformed("nul-inside", "ab\u0000cd"),
          new Malformed("controls", "\u0007\u001b[31m\b\u007f"),
          new Malformed("crlf", "x\r\nSet-Cookie: injected=1"),
          new Malformed("zalgo", "Z\u0334\u0321\u0322a\u0336l\u0335g\u0337o"),
          new Malformed("zero-width", "\u200B\uFEFF\u200D"),
          new Malformed("negative", "-1"),
          new Malformed("min-long", "-9223372036854775808"),
          new Malformed("max-long", "9223372036854775807"),
          new Malformed("huge-number", "999999999999999999999999999999"),
          new Malformed("int-overflow", "2147483648"),
          new Malformed("decimal", "1.5"),
          new Malformed("comma-decimal", "1,5"),
          new Malformed("exponent", "1e309"),
          new Malformed("nan", "NaN"),
          new Malformed("zero", "0"),
          new Malformed("percent", "%"),
          new Malformed("bad-escape", "%zz%"),
          new Malformed("html", "<b>bold</b><script>alert(1)</script>"),
          new Malformed("attribute", "\"><img src=x onerror=alert(1)>"),
          new Malformed("js-url", "javascript:alert(1)"),
          new Malformed("sql", "' OR '1'='1"),
          new Malformed("sql-drop", "'; DROP TABLE account; --"),
          new Malformed("backslash", "\\\\'\""),
          new Malformed("el", "#{1+1}${7*7}"),
          new Malformed("path", "../../WEB-INF/web.xml"),
          new Malformed("url", "https://evil.example/"),
          new Malformed("json", "{\"a\":[1,{}]}"),
          new Malformed("whitespace", "\t\n\u00A0\u3000"));

  /** Text of any kind of character: ASCII, controls, accents, CJK, RTL and astral ones. */
  private static String randomText(Random random, int length) {
    int[][] ranges = {
      {0x20, 0x7E},
      {0x00, 0x1F},
      {0xC0, 0x24F},
      {0x590, 0x6FF},
      {0x4E00, 0x4FFF},
      {0x1F300, 0x1F64F}
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int[] range = ranges[random.nextInt(ranges.length)];
      text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return text.toString();
  }
}
