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
import java.io.OutputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corkboard.platform.images.Pictures;

/**
 * Reads a form with files (a multipart body) before the page does, so that one the application
 * cannot take answers with a page: 413 when it is larger than {@link #MAX_BYTES}, 400 when it does
 * not parse. Left to the page, the parse would fail inside Faces, as a 500, and again on the error
 * page, which reads the same parameters; so the error page of such a request sees it without a
 * body. (A single file over its own limit is the application's to refuse, beside its field.)
 */
@WebFilter(
    servletNames = "Faces Servlet",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class UploadedBodyFilter extends HttpFilter {

  /** The most a form with files may send: 5 pictures at their size limit, and the form. */
  public static final long MAX_BYTES = 5L * Pictures.MAX_BYTES + 1024 * 1024;

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
    int refusal =
        request.getDispatcherType() != DispatcherType.ERROR
                && RequestEncodingFilter.isMultipart(request)
            ? refusalOf(request)
            : 0;
    if (refusal != 0) {
      request.setAttribute(UNREADABLE, Boolean.TRUE);
      response.sendError(refusal);
      return;
    }
    Optional<String> broken =
        RequestEncodingFilter.isMultipart(request)
            ? PostbackRulesFilter.brokenRule(request)
            : Optional.empty();
    if (broken.isPresent()) {
      PlainRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, broken.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /** Reads the body; 0 if it can be used, else the status that refuses it. */
  private static int refusalOf(HttpServletRequest request) {
    if (request.getContentLengthLong() > MAX_BYTES) {
      drain(request);
      return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
    }
    try {
      request.getParts();
      return 0;
    } catch (IllegalStateException overServerLimit) {
      return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
    } catch (IOException | ServletException | RuntimeException unreadable) {
      // Undertow reports a body that ends too soon as a RuntimeException around the IOException.
      return HttpServletResponse.SC_BAD_REQUEST;
    }
  }

  /**
   * Reads a refused body to its end (Undertow's max-post-size bounds it): a response sent before
   * would be lost as the connection is reset under the bytes still coming.
   */
  private static void drain(HttpServletRequest request) {
    try {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
    } catch (IOException clientGone) {
      // Nothing more to read; the refusal is sent all the same.
    }
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
