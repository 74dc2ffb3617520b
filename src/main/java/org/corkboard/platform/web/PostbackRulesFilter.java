package org.corkboard.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses (400) requests shaped as no page of Corkboard sends them, which Faces would take and then
 * fail on with a 500:
 *
 * <ul>
 *   <li>a form sent otherwise than by POST: Faces takes any request with a view state as a form
 *       sent, by GET too; a page with a file upload then fails on the missing body, and a form
 *       action could be carried out by following a link;
 *   <li>an Ajax request that does not name the component it comes from.
 * </ul>
 *
 * A multipart body is checked by {@link UploadedBodyFilter}, once it has read it.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PostbackRulesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // A multipart body is read, and these rules then checked, by the upload handling.
    Optional<String> broken =
        RequestEncodingFilter.isMultipart(request) ? Optional.empty() : brokenRule(request);
    if (broken.isPresent()) {
      PlainRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, broken.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /** The rule the request breaks, if any; its parameters must be readable. */
  static Optional<String> brokenRule(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
      return Optional.of("Send forms by POST.");
    }
    String source = request.getParameter("jakarta.faces.source");
    if (isAjax(request) && source == null) {
      return Optional.of("Name the source of the Ajax request.");
    }
    // PrimeFaces reads an Ajax upload's file count as a number, unchecked.
    if (isAjax(request) && isUploadTo(request, source)) {
      String count = request.getParameter(source + "_totalFilesCount");
      if (count == null || !count.matches("\\d{1,4}")) {
        return Optional.of("Say how many files the upload sends.");
      }
    }
    return Optional.empty();
  }

  private static boolean isUploadTo(HttpServletRequest request, String field) {
    if (!RequestEncodingFilter.isMultipart(request)) {
      return false;
    }
    try {
      // Every field of a multipart body is a part; only a file's has a file name.
      var part = request.getPart(field);
      return part != null && part.getSubmittedFileName() != null;
    } catch (IOException | ServletException | RuntimeException unreadable) {
      return false;
    }
  }

  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"))
        || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
  }
}
