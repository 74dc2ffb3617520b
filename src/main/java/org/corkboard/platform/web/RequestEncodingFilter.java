package org.corkboard.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Every page is UTF-8, so every request body is read as UTF-8, and a body declared in another
 * charset is refused (415) before Faces sees it. Faces would otherwise keep the declared charset in
 * the session, and once it is one Java does not know, every later page of that session fails. A
 * form body the server cannot parse (more fields than it accepts) is refused too (400).
 */
@WebFilter("/*")
public class RequestEncodingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "application/x-www-form-urlencoded";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!declaredCharset(request.getContentType())
        .map(RequestEncodingFilter::isUtf8)
        .orElse(true)) {
      PlainRefusal.send(
          response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send UTF-8 only.");
      return;
    }
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (isForm(request) && !formReadable(request)) {
      PlainRefusal.send(
          response, HttpServletResponse.SC_BAD_REQUEST, "This form could not be read.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The charset parameter of a Content-Type header, if it has one. */
  static Optional<String> declaredCharset(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String parameter : contentType.split(";")) {
      String[] nameAndValue = parameter.trim().split("=", 2);
      if (nameAndValue.length == 2 && nameAndValue[0].trim().equalsIgnoreCase("charset")) {
        return Optional.of(nameAndValue[1].trim().replace("\"", ""));
      }
    }
    return Optional.empty();
  }

  private static boolean isUtf8(String charset) {
    try {
      return Charset.isSupported(charset)
          && Charset.forName(charset).equals(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM);
  }

  /** Parses the form now, where a failure (e.g. too many fields) can still be answered 400. */
  private static boolean formReadable(HttpServletRequest request) {
    try {
      request.getParameterMap();
      return true;
    } catch (RuntimeException e) { // Undertow wraps its ParameterLimitException in one
      return false;
    }
  }
}
