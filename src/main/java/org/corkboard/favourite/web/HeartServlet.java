package org.corkboard.favourite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.corkboard.account.entity.Role;
import org.corkboard.favourite.boundary.Favourites;
import org.corkboard.platform.Refused;
import org.corkboard.platform.web.Notices;

/**
 * What a heart's form sends: {@code listing}, {@code saved} ("true" to save, "false" to take out)
 * and {@code back}, the page to return to. Without script the answer redirects back, with a notice;
 * site.js asks for JSON instead ({@code Accept: application/json}) and turns the heart in place,
 * and on any other answer sends the form the ordinary way, so that the page tells why.
 * ForgedRequestFilter has checked the form token and the origin before this runs.
 */
@WebServlet("/favourites/heart")
public class HeartServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("\\d{1,18}");
  private static final String FAVOURITES = "/account/favourites";

  @Inject Favourites favourites;
  @Inject SecurityContext security;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    seeOther(request, response, FAVOURITES);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String listing = request.getParameter("listing");
    String saved = request.getParameter("saved");
    if (listing == null || !ID.matcher(listing).matches() || !isBoolean(saved)) {
      response.sendError(400, "Choose a listing to save or take out.");
      return;
    }
    if (security.getCallerPrincipal() == null || !security.isCallerInRole(Role.USER_NAME)) {
      answer(request, response, 403, "/account/sign-in");
      return;
    }
    boolean save = Boolean.parseBoolean(saved);
    try {
      if (save) {
        favourites.add(Long.parseLong(listing));
      } else {
        favourites.remove(Long.parseLong(listing));
      }
    } catch (Refused refused) {
      notice(request, FacesMessage.SEVERITY_ERROR, refused.getMessage());
      answer(request, response, 409, back(request));
      return;
    }
    if (wantsJson(request)) {
      response.setContentType("application/json");
      response.getWriter().write("{\"saved\":" + save + "}");
    } else {
      notice(
          request,
          FacesMessage.SEVERITY_INFO,
          save ? "Saved to your favourites." : "Removed from your favourites.");
      seeOther(request, response, back(request));
    }
  }

  /** A refusal: a status for the script (which then sends the form itself), else a redirect. */
  private static void answer(
      HttpServletRequest request, HttpServletResponse response, int status, String path)
      throws IOException {
    if (wantsJson(request)) {
      response.setStatus(status);
    } else {
      seeOther(request, response, path);
    }
  }

  /** The notice is for the page the form's redirect shows, not for a script's request. */
  private static void notice(
      HttpServletRequest request, FacesMessage.Severity severity, String text) {
    if (!wantsJson(request)) {
      Notices.keep(request.getSession(), new FacesMessage(severity, text, null));
    }
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  private static boolean isBoolean(String value) {
    return "true".equals(value) || "false".equals(value);
  }

  /** The page to go back to: a path of this site only, never another host. */
  static String back(HttpServletRequest request) {
    String back = request.getParameter("back");
    boolean local =
        back != null
            && back.length() <= 2000
            && back.startsWith("/")
            && !back.startsWith("//")
            && back.chars().noneMatch(c -> c == '\\' || c < 0x21 || c > 0x7e);
    return local ? back : FAVOURITES;
  }

  private static void seeOther(
      HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + path);
  }
}
