package org.corkboard.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.corkboard.account.boundary.Profiles;
import org.corkboard.platform.web.ImageResponses;

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
    OptionalLong id = ImageResponses.id(request);
    boolean small = "small".equals(request.getParameter("size"));
    var avatar = id.isEmpty() ? null : profiles.avatar(id.getAsLong(), small).orElse(null);
    if (avatar == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag =
        "\"" + id.getAsLong() + "-" + avatar.updatedAt().toEpochMilli() + (small ? "s" : "") + "\"";
    ImageResponses.send(request, response, etag, avatar.image(), true);
  }
}
