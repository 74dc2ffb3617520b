package org.corkboard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Sends stored JPEG images (avatars, listing pictures) the same way: addressed by a numeric id in
 * the path, with an ETag and a year's cache, since an image at a given address never changes. An
 * image not everyone may see (a draft's picture) is cached by the viewer's browser only.
 */
public final class ImageResponses {

  private ImageResponses() {}

  /** The id at the end of the path (/pictures/123), if it is one. */
  public static OptionalLong id(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(path.substring(1)));
  }

  /**
   * Sends the image, or 304 when the client already has this version. Only for a viewer who may see
   * it: a 304 tells that the image exists and what it is.
   */
  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      String etag,
      byte[] jpeg,
      boolean forEveryone)
      throws IOException {
    response.setHeader("ETag", etag);
    response.setHeader(
        "Cache-Control", (forEveryone ? "public" : "private") + ", max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("image/jpeg");
    response.setContentLength(jpeg.length);
    response.getOutputStream().write(jpeg);
  }
}
