package org.corkboard.listing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable, bookmarkable listing addresses: /listings/123/red-city-bike shows the page of listing
 * 123. The id finds the listing; the page then moves an outdated or missing slug to the current one
 * ({@link ListingAddress}), so old links keep working when the title changes.
 */
@WebFilter("/listings/*")
public class ListingUrlFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/listings/(\\d{1,18})(/[^/]*)?/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher path =
        PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(ListingAddress.ASKED, path.group());
    request
        .getRequestDispatcher("/listing/view.xhtml?id=" + path.group(1))
        .forward(request, response);
  }
}
