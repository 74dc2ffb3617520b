package org.corkboard.console.web;

import java.util.Set;
import org.corkboard.account.entity.Role;

/**
 * The console's pages, in the menu's order, each with the roles that may open it; web.xml protects
 * the same addresses.
 */
public enum ConsolePage {
  DASHBOARD("Dashboard", "/admin/", "pi pi-chart-bar", Set.of(Role.ADMIN)),
  MODERATION(
      "Moderation queue", "/admin/moderation/", "pi pi-flag", Set.of(Role.MODERATOR, Role.ADMIN)),
  PEOPLE("People", "/admin/people/", "pi pi-users", Set.of(Role.ADMIN)),
  CATEGORIES("Categories", "/admin/categories/", "pi pi-sitemap", Set.of(Role.ADMIN)),
  SITES("Sites", "/admin/sites/", "pi pi-building", Set.of(Role.ADMIN)),
  WORD_LIST("Word list", "/admin/words/", "pi pi-filter", Set.of(Role.ADMIN)),
  SETTINGS("Settings", "/admin/settings/", "pi pi-cog", Set.of(Role.ADMIN)),
  MAIL("Mail and queues", "/admin/mail/", "pi pi-envelope", Set.of(Role.ADMIN)),
  AUDIT_LOG("Audit log", "/admin/audit/", "pi pi-history", Set.of(Role.ADMIN));

  private final String title;
  private final String path;
  private final String icon;
  private final Set<Role> roles;

  ConsolePage(String title, String path, String icon, Set<Role> roles) {
    this.title = title;
    this.path = path;
    this.icon = icon;
    this.roles = roles;
  }

  public String title() {
    return title;
  }

  /** The page's address in the application, ending in "/" (its index page serves it). */
  public String path() {
    return path;
  }

  /** The Facelets file that serves the address. */
  public String view() {
    return path + "index.xhtml";
  }

  public String icon() {
    return icon;
  }

  public boolean openTo(Set<Role> callerRoles) {
    return roles.stream().anyMatch(callerRoles::contains);
  }
}
