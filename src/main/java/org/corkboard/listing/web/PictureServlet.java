package org.corkboard.listing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.corkboard.listing.boundary.ListingPictures;

/**
 * Serves listing pictures at /pictures/{id} (and ?size=thumb). A picture never changes once stored
 * — a new one gets a new id — so responses may be cached for a year; the ETag spares a download
 * when they are not.
 */
@WebServlet("/pictures/*")
public class PictureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ListingPictures pictures;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean thumbnail = "thumb".equals(request.getParameter("size"));
    String etag = "\"p" + id + (thumbnail ? "t" : "") + "\"";
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    var image = pictures.image(id, thumbnail).orElse(null);
    if (image == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setContentType("image/jpeg");
    response.setContentLength(image.bytes().length);
    response.getOutputStream().write(image.bytes());
  }
}
