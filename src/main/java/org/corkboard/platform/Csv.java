package org.corkboard.platform;

import java.util.List;

/**
 * Text as CSV (RFC 4180) that spreadsheets open safely: a cell with a quote, comma or line break is
 * quoted (quotes doubled), and a cell a spreadsheet would run as a formula (starting with =, +,
 * -, @, a tab or a carriage return) is made text with a leading apostrophe, as OWASP advises
 * against formula injection.
 */
public final class Csv {

  private Csv() {}

  /** One line of cells, ended with CRLF. */
  public static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** One cell; null is empty. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = startsLikeAFormula(value) ? "'" + value : value;
    if (text.indexOf('"') >= 0
        || text.indexOf(',') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0
        || text.startsWith("'")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static boolean startsLikeAFormula(String value) {
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> true;
      default -> false;
    };
  }
}
