package org.corkboard.search.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.corkboard.platform.Settings;
import org.corkboard.platform.TokenBuckets;

/**
 * Searches and suggestions per client address and second, each with a burst above its steady rate:
 * a person typing and clicking stays far below, a script hammering the index gets 429. The search
 * page answers with a page that says to wait; suggestions with an empty list, which the search box
 * simply does not show.
 */
@WebFilter(urlPatterns = {"/search", "/search.xhtml", SuggestServlet.PATH})
public class SearchRateLimit extends HttpFilter {

  private final TokenBuckets searches = limit("corkboard.search.per-second", 5);
  private final TokenBuckets suggestions = limit("corkboard.search.suggestions-per-second", 10);

  /** A steady rate from the setting, with room for a burst of three seconds' worth. */
  private static TokenBuckets limit(String property, int defaultPerSecond) {
    int perSecond = Settings.number(property, defaultPerSecond);
    return new TokenBuckets(perSecond, 3 * perSecond);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean suggesting = request.getServletPath().equals(SuggestServlet.PATH);
    if ((suggesting ? suggestions : searches).tryTake(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", "1");
    if (suggesting) {
      response.setStatus(429);
      response.setContentType("application/json");
      response.getWriter().write("{\"suggestions\":[]}");
    } else {
      response.sendError(429);
    }
  }
}
