package org.corkboard.resilience;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The mail drill's handle on the server, in the drill's deployment only: {@code
 * /drill?person=p&first=0&last=99} notifies, {@code /drill} says what is pending. (GET, so that the
 * application's checks of forms do not apply; no real deployment has this servlet.)
 */
@WebServlet("/drill")
public class DrillServlet extends HttpServlet {

  @Inject DrillNotifications drill;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String person = request.getParameter("person");
    if (person != null) {
      drill.notify(
          person,
          Integer.parseInt(request.getParameter("first")),
          Integer.parseInt(request.getParameter("last")));
    }
    response.setContentType("text/plain");
    response.getWriter().write(drill.pending());
  }
}
