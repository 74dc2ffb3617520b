package org.corkboard.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.corkboard.account.entity.Role;

/**
 * admin/index.xhtml, the console's start: administrators see the dashboard there; moderators are
 * sent to the moderation queue, or told what they may do while there is none.
 */
@Named
@RequestScoped
public class ConsoleHomeView {

  @Inject SecurityContext security;

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN_NAME);
  }

  /** The view action: where a moderator starts. */
  public String route() {
    if (isAdmin()) {
      return null;
    }
    boolean queue =
        ConsoleMenu.exists(
            FacesContext.getCurrentInstance().getExternalContext(), ConsolePage.MODERATION);
    return queue ? ConsolePage.MODERATION.view() + "?faces-redirect=true" : null;
  }
}
