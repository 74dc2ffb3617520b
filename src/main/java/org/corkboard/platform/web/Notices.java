package org.corkboard.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirmations that survive the redirect after a successful POST, until the next full page shows
 * them. The Faces flash is not used for this: it belongs to whichever request comes next, so an
 * Ajax request still in flight from the page left behind (a delayed preview while the form submits)
 * would take the message away from the page it was meant for. Ajax requests never take a notice
 * here. Registered in faces-config.xml.
 */
public class Notices implements PhaseListener {

  private static final long serialVersionUID = 1L;

  private static final String PENDING = Notices.class.getName() + ".pending";
  private static final String KEPT_NOW = Notices.class.getName() + ".keptNow";

  /** Shows {@code message} on this response if it renders, else on the next full page. */
  static void keep(FacesMessage message) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, message);
    keptNow(context).add(message);
    keep((HttpSession) context.getExternalContext().getSession(true), message);
  }

  /**
   * Shows {@code message} on the next full page of the session: for a plain servlet's answer, which
   * redirects to a page.
   */
  public static void keep(HttpSession session, FacesMessage message) {
    synchronized (session) {
      List<FacesMessage> pending = new ArrayList<>(pendingIn(session));
      pending.add(message);
      // Set again, not changed in place, so that a replicated session carries it.
      session.setAttribute(PENDING, pending);
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    List<FacesMessage> keptNow = keptNow(context);
    if (keptNow.isEmpty() && context.getPartialViewContext().isAjaxRequest()) {
      return;
    }
    HttpSession session = (HttpSession) context.getExternalContext().getSession(false);
    if (session == null) {
      return;
    }
    List<FacesMessage> pending;
    synchronized (session) {
      pending = pendingIn(session);
      session.removeAttribute(PENDING);
    }
    pending.stream()
        .filter(message -> keptNow.stream().noneMatch(now -> now == message))
        .forEach(message -> context.addMessage(null, message));
  }

  @Override
  public void afterPhase(PhaseEvent event) {}

  @SuppressWarnings("unchecked")
  private static List<FacesMessage> keptNow(FacesContext context) {
    return (List<FacesMessage>)
        context
            .getExternalContext()
            .getRequestMap()
            .computeIfAbsent(KEPT_NOW, k -> new ArrayList<>());
  }

  @SuppressWarnings("unchecked")
  private static List<FacesMessage> pendingIn(HttpSession session) {
    Object pending = session.getAttribute(PENDING);
    return pending == null ? List.of() : (List<FacesMessage>) pending;
  }
}
