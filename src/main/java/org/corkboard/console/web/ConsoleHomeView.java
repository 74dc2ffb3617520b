package org.corkboard.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.corkboard.account.entity.Role;

/**
 * admin/index.xhtml, the console's start: administrators see the dashboard there; moderators are
 * sent to the moderation queue.
 */
@Named
@RequestScoped
public class ConsoleHomeView {

  @Inject SecurityContext security;

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN_NAME);
  }

  /** The view action: a moderator starts at the moderation queue. */
  public String route() {
    return isAdmin() ? null : ConsolePage.MODERATION.view() + "?faces-redirect=true";
  }
}
