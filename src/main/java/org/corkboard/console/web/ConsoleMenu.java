package org.corkboard.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.net.MalformedURLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corkboard.account.entity.Role;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The console's side menu: the pages that exist and that the person signed in may open, the one
 * shown marked as current.
 */
@Named
@RequestScoped
public class ConsoleMenu {

  @Inject SecurityContext security;

  private MenuModel model;

  public MenuModel getModel() {
    if (model == null) {
      model = new DefaultMenuModel();
      FacesContext context = FacesContext.getCurrentInstance();
      String current = context.getViewRoot().getViewId();
      for (ConsolePage page : pages()) {
        model.getElements().add(item(context.getExternalContext(), page, current));
      }
    }
    return model;
  }

  /** The pages the caller may open, of those that exist. */
  public List<ConsolePage> pages() {
    Set<Role> roles = callerRoles();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return Arrays.stream(ConsolePage.values())
        .filter(page -> page.openTo(roles) && exists(external, page))
        .toList();
  }

  static boolean exists(ExternalContext external, ConsolePage page) {
    try {
      return external.getResource(page.view()) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }

  private static DefaultMenuItem item(ExternalContext external, ConsolePage page, String current) {
    boolean here = page.view().equals(current);
    return DefaultMenuItem.builder()
        .id("console" + page.name())
        .value(page.title())
        .icon(page.icon())
        .url(external.getRequestContextPath() + page.path())
        .styleClass(here ? "cb-console-current" : null)
        .build();
  }

  private Set<Role> callerRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }
}
