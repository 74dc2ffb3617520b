package org.corkboard.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code corkboard.requests}, tagged by {@link PageKind} and the class of
 * its status (2xx, 3xx, 4xx, 5xx): Prometheus gets rate, latency and errors per kind of page from
 * one timer. (Count, total and maximum: WildFly's registry takes no builder, so no histogram.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetrics extends HttpFilter {

  static final String TIMER = "corkboard.requests";

  @Inject MeterRegistry registry;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      int status = failed ? 500 : response.getStatus();
      registry
          .timer(TIMER, "kind", PageKind.of(pathOf(request)).tag(), "status", status / 100 + "xx")
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
