package org.corkboard.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A bug on demand, deployed by tests only: the application itself has no way to fail. */
@WebServlet("/test/failure")
public class FailingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Half-Written", "yes");
    throw new IllegalStateException("A failure for the test of the 500 page");
  }
}
