package org.corkboard.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corkboard.account.entity.Role;

/**
 * The console's side menu: the pages that the person signed in may open, the one shown marked as
 * current.
 */
@Named
@RequestScoped
public class ConsoleMenu {

  @Inject SecurityContext security;

  /** A link of the menu. */
  public record Entry(String id, String title, String href, String icon, boolean current) {}

  private List<Entry> entries;

  public List<Entry> getEntries() {
    if (entries == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      String here = context.getViewRoot().getViewId();
      String root = context.getExternalContext().getRequestContextPath();
      entries =
          pages().stream()
              .map(
                  page ->
                      new Entry(
                          "console-" + page.name().toLowerCase(Locale.ROOT),
                          page.title(),
                          root + page.path(),
                          page.icon(),
                          page.view().equals(here)))
              .toList();
    }
    return entries;
  }

  /** The pages the caller may open. */
  public List<ConsolePage> pages() {
    Set<Role> roles = callerRoles();
    return Arrays.stream(ConsolePage.values()).filter(page -> page.openTo(roles)).toList();
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
