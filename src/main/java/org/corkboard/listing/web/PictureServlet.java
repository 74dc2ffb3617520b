package org.corkboard.listing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.corkboard.listing.boundary.ListingPictures;
import org.corkboard.platform.web.ImageResponses;

/**
 * Serves listing pictures at /pictures/{id} (and ?size=thumb). A picture never changes once stored
 * — a new one gets a new id — so responses may be cached for a year; the ETag spares a download
 * when they are not. A draft's pictures are only for those who may see the draft, and cached only
 * by their browser.
 */
@WebServlet("/pictures/*")
public class PictureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ListingPictures pictures;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = ImageResponses.id(request);
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean thumbnail = "thumb".equals(request.getParameter("size"));
    var image = pictures.image(id.getAsLong(), thumbnail).orElse(null);
    if (image == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"p" + id.getAsLong() + (thumbnail ? "t" : "") + "\"";
    ImageResponses.send(request, response, etag, image.bytes(), image.forEveryone());
  }
}
