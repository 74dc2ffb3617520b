package org.corkboard.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.corkboard.account.boundary.Profiles;

/**
 * Serves avatars at /avatars/{accountId}[?size=small]. Pages put the avatar's version in the URL,
 * so a response may be cached for a year; the ETag spares a download when it is not.
 */
@WebServlet("/avatars/*")
public class AvatarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Profiles profiles;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long accountId;
    try {
      accountId =
          Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean small = "small".equals(request.getParameter("size"));
    var avatar = profiles.avatar(accountId, small).orElse(null);
    if (avatar == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag =
        "\"" + accountId + "-" + avatar.updatedAt().toEpochMilli() + (small ? "s" : "") + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("image/jpeg");
    response.setContentLength(avatar.image().length);
    response.getOutputStream().write(avatar.image());
  }
}
