package org.corkboard.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the response headers the server sets on every response (wildfly-config/50-web.cli: the
 * security headers) on error pages too. When a request fails with an exception, the container
 * resets the response, headers included, before it dispatches to the error page; so the headers the
 * server had set are noted as the request comes in and put back on the error dispatch. The values
 * stay in the server configuration alone.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ServerHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String SERVER_HEADERS = ServerHeadersFilter.class.getName();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.REQUEST) {
      request.setAttribute(SERVER_HEADERS, Headers.of(response));
    } else if (request.getAttribute(SERVER_HEADERS) instanceof Headers headers) {
      headers.restoreOn(response);
    }
    chain.doFilter(request, response);
  }

  /** The headers a response had, by name. */
  private record Headers(Map<String, List<String>> values) {

    static Headers of(HttpServletResponse response) {
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (String name : response.getHeaderNames()) {
        values.put(name, List.copyOf(response.getHeaders(name)));
      }
      return new Headers(values);
    }

    /** Adds back each value the response lost; PrimeFaces' own policy header stays beside. */
    void restoreOn(HttpServletResponse response) {
      values.forEach(
          (name, list) ->
              list.stream()
                  .filter(value -> !response.getHeaders(name).contains(value))
                  .forEach(value -> response.addHeader(name, value)));
    }
  }
}
