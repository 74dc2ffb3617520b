package org.corkboard.messaging.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.corkboard.messaging.boundary.AttachmentFile;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.entity.AttachmentKind;
import org.corkboard.platform.web.ImageResponses;

/**
 * Serves a message's attachments at /attachments/{id} (a picture's small version with ?size=thumb)
 * to the two people of its conversation; anyone else gets 404, as if it did not exist. Cached by
 * the reader's browser only; a PDF is always downloaded, never shown in the site's pages.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Conversations conversations;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = ImageResponses.id(request);
    boolean thumbnail = "thumb".equals(request.getParameter("size"));
    AttachmentFile file =
        id.isEmpty() ? null : conversations.attachment(id.getAsLong(), thumbnail).orElse(null);
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (file.kind() == AttachmentKind.PICTURE) {
      String etag = "\"a" + id.getAsLong() + (thumbnail ? "t" : "") + "\"";
      ImageResponses.send(request, response, etag, file.bytes(), false);
      return;
    }
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setContentType(file.kind().contentType());
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
