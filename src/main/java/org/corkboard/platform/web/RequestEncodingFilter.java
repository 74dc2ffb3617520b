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
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every page is UTF-8, so every request body is read as UTF-8, and a body declared in another
 * charset is refused (415) before Faces sees it. Faces would otherwise keep the declared charset in
 * the session, and once it is one Java does not know, every later page of that session fails. A
 * multipart body is refused (415) unless a page receives it. Refused too (400): parameters the
 * server cannot parse (more than it accepts), and text with the character U+0000, which no one
 * types and PostgreSQL cannot store or even look up.
 */
@WebFilter("/*")
public class RequestEncodingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String NUL = "Leave out the character U+0000.";

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
    if (isMultipart(request) && !isForFaces(request)) {
      // Only pages take files (their uploads are checked by UploadedBodyFilter); nothing else
      // should parse a multipart body, whose parts may declare any charset.
      PlainRefusal.send(
          response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send this form without files.");
      return;
    }
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Multipart bodies are parsed, and refused when broken, by the upload handling.
    Optional<String> unreadable = isMultipart(request) ? Optional.empty() : unreadable(request);
    if (unreadable.isPresent() && isAddress(request) && unreadable.get().equals(NUL)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND); // an address with it names nothing
      return;
    }
    if (unreadable.isPresent()) {
      PlainRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, unreadable.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /** What is wrong with the parameters (query and form), parsed now while a 400 can be sent. */
  private static Optional<String> unreadable(HttpServletRequest request) {
    try {
      boolean nul =
          request.getParameterMap().values().stream()
              .flatMap(Arrays::stream)
              .anyMatch(value -> value.indexOf('\u0000') >= 0);
      return nul ? Optional.of(NUL) : Optional.empty();
    } catch (RuntimeException tooManyOrBroken) { // Undertow wraps ParameterLimitException in one
      return Optional.of("These parameters could not be read.");
    }
  }

  static boolean isForFaces(HttpServletRequest request) {
    return "Faces Servlet".equals(request.getHttpServletMapping().getServletName());
  }

  private static boolean isAddress(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
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
}
