package org.corkboard.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that forms of stateless views carry. Their view state is the word "stateless", which
 * anyone can send; so each session gets 256 random bits, rendered into those forms by {@code
 * <cb:formToken/>} and checked by {@link ForgedRequestFilter}. Made on first use, so pages without
 * forms (what anonymous visitors browse) never make one.
 */
@Named
@ApplicationScoped
public class FormToken {

  static final String FIELD = "corkboard.formToken";
  private static final String ATTRIBUTE = FormToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  /** This session's token, for a hidden field. */
  public String getValue() {
    HttpSession session = request.getSession();
    Object token = session.getAttribute(ATTRIBUTE);
    if (token == null) {
      // Once per session: two pages rendered at the same moment must not get different tokens.
      synchronized (FormToken.class) {
        token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
          token = newToken();
          session.setAttribute(ATTRIBUTE, token);
        }
      }
    }
    return (String) token;
  }

  /** Whether the request carries its session's token; compared in constant time. */
  static boolean isCarriedBy(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(FIELD);
    if (session == null || sent == null) {
      return false;
    }
    return session.getAttribute(ATTRIBUTE) instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
