package org.corkboard.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.corkboard.account.boundary.SignIn;

/**
 * Sends a person whom an administrator asked for a new password to the password form of their
 * profile, from every page, until they have chosen one. The profile page itself (where the user
 * menu also signs out), the error pages and the pages' resources stay open. Reads the account the
 * request reads anyway (the session check), so it costs no query.
 */
@WebFilter(servletNames = "Faces Servlet")
public class NewPasswordFilter extends HttpFilter {

  static final String PASSWORD_PAGE = "/account/profile";
  private static final List<String> OPEN =
      List.of(PASSWORD_PAGE, "/error/", "/jakarta.faces.resource/");

  @Inject SignIn signIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user != null && !isOpen(request) && signIn.mustChangePassword(user)) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?newPassword=required");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isOpen(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return OPEN.stream().anyMatch(path::startsWith);
  }
}
