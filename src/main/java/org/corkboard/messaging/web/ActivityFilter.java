package org.corkboard.messaging.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.corkboard.account.entity.Role;
import org.corkboard.messaging.boundary.Presence;

/**
 * Notes that a signed-in person is active whenever they load a page, at most once a minute per
 * session (the session remembers when it last did), so browsing costs one small update a minute.
 */
@WebFilter(servletNames = "Faces Servlet")
public class ActivityFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String RECORDED = "corkboard.activityRecorded";

  @Inject Presence presence;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null && request.isUserInRole(Role.USER_NAME) && due(session)) {
      presence.active();
      session.setAttribute(RECORDED, System.currentTimeMillis());
    }
    chain.doFilter(request, response);
  }

  private static boolean due(HttpSession session) {
    Object recorded = session.getAttribute(RECORDED);
    return !(recorded instanceof Long at)
        || System.currentTimeMillis() - at >= Presence.RESOLUTION.toMillis();
  }
}
