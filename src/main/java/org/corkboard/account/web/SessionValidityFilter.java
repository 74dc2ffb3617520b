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
import java.util.OptionalInt;
import org.corkboard.account.boundary.SignIn;

/**
 * Ends a session whose account has since been signed out everywhere (a password change or reset, an
 * administrator's action): each session remembers the account's session epoch at sign-in.
 */
@WebFilter(servletNames = "Faces Servlet")
public class SessionValidityFilter extends HttpFilter {

  static final String EPOCH = "corkboard.sessionEpoch";

  /** The epoch this session's own password change leads to, while that change is under way. */
  static final String OWN_CHANGE = "corkboard.sessionEpoch.ownChange";

  @Inject SignIn signIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user != null) {
      HttpSession session = request.getSession();
      Integer current = signIn.sessionEpoch(user).orElse(null);
      // Read before the epoch: an own change that is over has set the epoch before removing this.
      Object ownChange = session.getAttribute(OWN_CHANGE);
      Object known = session.getAttribute(EPOCH);
      if (known == null && current != null) {
        session.setAttribute(EPOCH, current);
      } else if (ended(current, known, ownChange)) {
        request.logout();
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/account/sign-in?ended=true");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether the account's sessions were ended after this one began. Epochs only grow: one the
   * session already knows to be older was read before the session's own change, not after
   * another's.
   */
  private static boolean ended(Integer current, Object known, Object ownChange) {
    return current == null
        || !(known instanceof Integer k && current <= k || current.equals(ownChange));
  }

  /**
   * The caller is about to change their own password, which ends every session of theirs. Until the
   * change is over, the session's other requests (another tab, a live refresh) would see the new
   * epoch before the session knows it and end it: the epoch the change leads to is its own.
   */
  public static void ownChangeStarts(HttpSession session) {
    if (session.getAttribute(EPOCH) instanceof Integer known) {
      session.setAttribute(OWN_CHANGE, known + 1);
    }
  }

  /** The caller's own change is over; if it was made, the session carries on under its epoch. */
  public static void ownChangeEnds(HttpSession session, OptionalInt epoch) {
    epoch.ifPresent(made -> session.setAttribute(EPOCH, made));
    session.removeAttribute(OWN_CHANGE);
  }
}
