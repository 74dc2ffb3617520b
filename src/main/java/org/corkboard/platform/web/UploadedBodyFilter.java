package org.corkboard.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a multipart body (a form with files) before the page does, so that one the container cannot
 * take answers with a page: 413 when it is larger than the upload limits (web.xml
 * multipart-config), 400 when it does not parse. Left to the page, the parse would fail inside
 * Faces, as a 500, and again on the error page, which reads the same parameters. So the error page
 * of such a request sees a request without a body.
 */
@WebFilter(
    servletNames = "Faces Servlet",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class UploadedBodyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String UNREADABLE = UploadedBodyFilter.class.getName() + ".unreadable";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(UNREADABLE) != null) {
      chain.doFilter(new WithoutBody(request), response);
      return;
    }
    if (request.getDispatcherType() == DispatcherType.REQUEST && isMultipart(request)) {
      try {
        request.getParts();
      } catch (IllegalStateException tooLarge) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      } catch (IOException | ServletException | RuntimeException unreadable) {
        // Undertow reports a body that ends too soon as a RuntimeException around the IOException.
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    request.setAttribute(UNREADABLE, Boolean.TRUE);
    response.sendError(status);
  }

  /** The request as the error page sees it: no form fields and no files. */
  private static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }
  }
}
