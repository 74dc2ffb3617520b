package org.corkboard.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows text people typed as HTML safely: everything escaped, line breaks kept, and web addresses
 * made into links that open in a new tab without handing over this page.
 */
@Named
@ApplicationScoped
public class PlainText {

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

  /** For {@code <h:outputText escape="false" value="#{plainText.html(text)}"/>}. */
  public String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    Matcher url = URL.matcher(text);
    int last = 0;
    while (url.find()) {
      html.append(escape(text.substring(last, url.start())));
      String href = escape(url.group());
      html.append("<a href=\"")
          .append(href)
          .append("\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">")
          .append(href)
          .append("</a>");
      last = url.end();
    }
    html.append(escape(text.substring(last)));
    return html.toString().replace("\r\n", "\n").replace("\n", "<br/>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
