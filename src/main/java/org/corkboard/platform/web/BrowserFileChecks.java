package org.corkboard.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.validate.FileValidator;

/**
 * PrimeFaces' file checks (size, type by name, count) in the browser only, before anything is sent:
 * {@code <cb:validateFileInBrowser>} takes the attributes of {@code <p:validateFile>}. On the
 * server each upload reaches the application whole, to be checked there by its content ({@code
 * platform/images/Pictures}), with a refusal shown beside the field (and 413 when a file is too
 * large). PrimeFaces' own server check would answer first, with its message in a place the page
 * does not show; and with its size limit set, PrimeFaces silently cuts a larger file to that size,
 * so the application would check a truncated file.
 */
@FacesValidator(BrowserFileChecks.ID)
public class BrowserFileChecks extends FileValidator {

  public static final String ID = "corkboard.BrowserFileChecks";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    // The browser has checked; the application checks what it receives.
  }

  /** None on the server: every byte sent reaches the application. */
  @Override
  public Long getSizeLimit() {
    return null;
  }

  /** What the browser checks, its size limit included. */
  @Override
  public Map<String, Object> getMetadata() {
    Map<String, Object> metadata = new HashMap<>(super.getMetadata());
    if (super.getSizeLimit() != null) {
      metadata.put("data-p-sizelimit", super.getSizeLimit());
    }
    return metadata;
  }
}
