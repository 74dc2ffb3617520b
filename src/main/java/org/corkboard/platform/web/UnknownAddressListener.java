package org.corkboard.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers 404 when a page's address carries a parameter that does not fit it ({@code
 * /listing/view?id=abc}): such an address names nothing. On a GET, the only inputs Faces converts
 * are the view parameters; when one fails, Faces skips the page's view action, which would have
 * looked the thing up and answered 404 itself, and renders the page without it. Registered in
 * faces-config.xml.
 */
public class UnknownAddressListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() && context.isValidationFailed()) {
      try {
        context.getExternalContext().responseSendError(404, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
