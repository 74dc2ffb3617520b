package org.corkboard.people.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corkboard.account.boundary.AccountAdministration;
import org.corkboard.account.boundary.AccountRestrictions;
import org.corkboard.account.boundary.Person;
import org.corkboard.account.entity.Role;
import org.corkboard.moderation.boundary.Suspensions;
import org.corkboard.platform.web.Actions;

/**
 * The actions of admin/people/person.xhtml, each one service call with the account's version as the
 * page read it (a stale page is refused with a message), then a confirmation and the page again.
 */
@Named
@ViewScoped
public class PersonActions implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PersonView page;
  @Inject AccountAdministration administration;
  @Inject AccountRestrictions restrictions;
  @Inject Suspensions suspensions;

  private String reason;
  private Integer days;
  private Role[] roles;

  public void saveRoles() throws IOException {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    if (roles != null) {
      chosen.addAll(List.of(roles));
    }
    act(() -> administration.changeRoles(id(), version(), chosen, reason), "Roles saved.");
  }

  public void lock() throws IOException {
    act(() -> restrictions.lock(id(), version(), reason), "Locked; their sessions have ended.");
  }

  public void unlock() throws IOException {
    act(() -> restrictions.unlock(id(), version(), reason), "Unlocked.");
  }

  public void suspend() throws IOException {
    act(() -> suspensions.suspend(id(), version(), days, reason), "Suspended; they are told why.");
  }

  public void resendVerification() throws IOException {
    act(() -> administration.resendVerification(id(), version()), "Verification link sent.");
  }

  public void requireNewPassword() throws IOException {
    act(
        () -> administration.requireNewPassword(id(), version(), reason),
        "They must choose a new password at their next page.");
  }

  public void deactivate() throws IOException {
    act(() -> restrictions.deactivate(id(), version(), reason), "Deactivated; listings hidden.");
  }

  public void reactivate() throws IOException {
    act(() -> restrictions.reactivate(id(), version(), reason), "Reactivated.");
  }

  private void act(Runnable serviceCall, String confirmation) throws IOException {
    if (!Actions.succeeded(serviceCall)) {
      return;
    }
    Actions.confirm(confirmation);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/people/person?id=" + id());
  }

  private long id() {
    return page.getPerson().id();
  }

  private long version() {
    return page.getPerson().version();
  }

  /** The staff roles to offer. */
  public List<Role> getStaffRoles() {
    return List.copyOf(AccountAdministration.STAFF_ROLES);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  /** The person's staff roles, as the page shows them checked. */
  public Role[] getRoles() {
    if (roles == null) {
      Person person = page.getPerson();
      roles = getStaffRoles().stream().filter(person::hasRole).toArray(Role[]::new);
    }
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }
}
