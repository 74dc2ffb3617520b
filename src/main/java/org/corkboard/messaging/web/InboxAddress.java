package org.corkboard.messaging.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A conversation's bookmarkable address, /inbox/{id}, shows inbox/conversation.xhtml. */
@WebFilter("/inbox/*")
public class InboxAddress extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern CONVERSATION = Pattern.compile("/inbox/(\\d{1,18})/?");

  static String of(long conversationId) {
    return "/inbox/" + conversationId;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher path =
        CONVERSATION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!path.matches()) {
      chain.doFilter(request, response);
      return;
    }
    request
        .getRequestDispatcher("/inbox/conversation.xhtml?id=" + path.group(1))
        .forward(request, response);
  }
}
