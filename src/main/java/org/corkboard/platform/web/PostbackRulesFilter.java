package org.corkboard.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
 * Multipart bodies are left to the upload handling, which parses them.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PostbackRulesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!RequestEncodingFilter.isMultipart(request)) {
      if (!"POST".equals(request.getMethod())
          && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
        PlainRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "Send forms by POST.");
        return;
      }
      if (isAjax(request) && request.getParameter("jakarta.faces.source") == null) {
        PlainRefusal.send(
            response, HttpServletResponse.SC_BAD_REQUEST, "Name the source of the Ajax request.");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"))
        || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
  }
}
