package org.corkboard.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.corkboard.account.boundary.SignIn;

/**
 * Ends a session whose account has since been signed out everywhere (a password change or reset, an
 * administrator's action): each session remembers the account's session epoch at sign-in.
 */
@WebFilter(servletNames = "Faces Servlet")
public class SessionValidityFilter extends HttpFilter {

  static final String EPOCH = "corkboard.sessionEpoch";

  @Inject SignIn signIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user != null) {
      HttpSession session = request.getSession();
      Integer current = signIn.sessionEpoch(user).orElse(null);
      Object known = session.getAttribute(EPOCH);
      if (known == null && current != null) {
        session.setAttribute(EPOCH, current);
      } else if (current == null || !Objects.equals(known, current)) {
        request.logout();
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/account/sign-in?ended=true");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** After the caller changed their own password, this session carries on under the new epoch. */
  public static void continueUnder(HttpSession session, int epoch) {
    session.setAttribute(EPOCH, epoch);
  }
}
