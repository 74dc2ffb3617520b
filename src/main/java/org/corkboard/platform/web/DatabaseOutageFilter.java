package org.corkboard.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.corkboard.platform.DeadLetters;

/**
 * Answers a request that failed because the database cannot be reached with 503 and the page that
 * says so (error/503.xhtml, which needs no database), whatever servlet served it: pages, pictures
 * and the API alike. A {@code Retry-After} tells clients and balancers when to come back. Anything
 * else goes on to the usual error handling.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Seconds a client should wait: the pool opens new connections as soon as the database is back.
   */
  static final String RETRY_AFTER = "60";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseUnreachable.explains(e)) {
        throw e;
      }
      request.getServletContext().log("The database cannot be reached: " + DeadLetters.reason(e));
      response.reset();
      response.setHeader("Retry-After", RETRY_AFTER);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
