package org.corkboard.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A 4xx answer in plain text, for requests refused before Faces: not an error page, as the error
 * pages are Faces pages and would read the same broken request again.
 */
final class PlainRefusal {

  private PlainRefusal() {}

  static void send(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(message);
  }
}
