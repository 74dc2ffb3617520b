package org.corkboard.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Refuses forged requests (cross-site request forgery, also from another host of the same intranet
 * site, where SameSite cookies do not help). A request that may change something must come from a
 * page of this site, by its Origin or Referer, and carry a secret of the session: the view state of
 * a stateful Faces view (Mojarra's random id, valid only in its session), or else the session's
 * {@link FormToken}. Refused requests get the 403 page and change nothing.
 *
 * <p>Also on forwards, since /listings/* forwards a POST to the listing page.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ForgedRequestFilter extends HttpFilter {

  /** Set on a refused request, so that the 403 page tells to reload and try again. */
  public static final String REFUSED = "corkboard.refusedForm";

  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(ForgedRequestFilter.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** The view state of a stateless view: no secret at all. */
  static final String STATELESS = "stateless";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
    } else if (SiteOrigin.isForeign(request)) {
      refuse(request, response, "sent from another site");
    } else if (!carriesSecret(request)) {
      refuse(request, response, "without the secret of its session");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static boolean carriesSecret(HttpServletRequest request) throws IOException {
    if (request.getCharacterEncoding() == null) {
      // Read before Faces sets it: every page is sent, and so every form comes back, in UTF-8.
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    String[] viewStates;
    try {
      viewStates = request.getParameterValues(ResponseStateManager.VIEW_STATE_PARAM);
    } catch (RuntimeException unreadable) {
      // An upload over the size limits, or a body that does not parse: nothing after this filter
      // can act on the form either, and UploadedBodyFilter answers it with 413 or 400.
      return true;
    }
    boolean stateful = viewStates != null && !Arrays.asList(viewStates).contains(STATELESS);
    return stateful || FormToken.isCarriedBy(request);
  }

  /** Answers 403 with the page that asks to reload and try again. */
  static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    LOG.log(
        Level.INFO,
        "Refused a {0} to {1}: {2}",
        request.getMethod(),
        request.getRequestURI(),
        reason);
    request.setAttribute(REFUSED, Boolean.TRUE);
    String message = "The form could not be accepted. Reload the page and try again.";
    if (RequestEncodingFilter.isMultipart(request) && !RequestEncodingFilter.isForFaces(request)) {
      // The page would read the body, which only pages' uploads are checked to be readable.
      PlainRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, message);
      return;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN, message);
  }
}
