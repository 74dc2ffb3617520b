package org.corkboard.site.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Refused;
import org.corkboard.site.control.SiteRepository;
import org.corkboard.site.control.TownCoordinates;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;
import org.corkboard.site.entity.SitesChanged;

/**
 * What administrators do to the company's sites: add them and change their name, address and place
 * on the map, each recorded in the audit log. Those who keep the sites they read ({@code
 * SitesChanged}) read them again once the change commits.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(SiteAdministration.ADMIN)
public class SiteAdministration {

  /**
   * The administrators' role, by name: accounts belong to sites, so this feature cannot name Role.
   */
  static final String ADMIN = "ADMIN";

  public static final String ADDED = "site.add";
  public static final String CHANGED = "site.edit";

  @Inject SiteRepository repository;
  @Inject AuditLog auditLog;
  @Inject Provider<Actor> caller;
  @Inject Event<SitesChanged> changed;

  /** Every site, by name, as the database has it now. */
  public List<Site> all() {
    return repository.findAll();
  }

  public long add(@NotNull @Valid SiteForm form) {
    Site site = new Site(form.name().strip(), form.city().strip(), form.postalCode().strip());
    describe(site, form);
    repository.store(site);
    record(AuditEvent.of(ADDED, "site", site.getId()).change(null, state(site)));
    return site.getId();
  }

  /** Changes the site as the page read it (its version). */
  public void change(long id, long version, @NotNull @Valid SiteForm form) {
    Site site =
        repository
            .find(id)
            .orElseThrow(() -> new Refused("This site no longer exists: reload the page."));
    if (site.getVersion() != version) {
      throw new Refused("Someone changed this site meanwhile: reload the page and try again.");
    }
    String before = state(site);
    describe(site, form);
    String after = state(site);
    if (!after.equals(before)) {
      record(AuditEvent.of(CHANGED, "site", id).change(before, after));
    }
  }

  private void describe(Site site, SiteForm form) {
    String name = form.name().strip();
    boolean taken =
        repository.findAll().stream()
            .anyMatch(other -> !other.equals(site) && other.getName().equalsIgnoreCase(name));
    if (taken) {
      throw new Refused("name", "There is a site called “" + name + "” already.");
    }
    site.describe(
        name, SiteForm.clean(form.street()), form.postalCode().strip(), form.city().strip());
    site.locate(form.placeFromTown() ? townOf(site) : form.coordinates());
  }

  private static Coordinates townOf(Site site) {
    return TownCoordinates.of(site.getCity())
        .orElseThrow(
            () ->
                new Refused(
                    "city",
                    "The town list does not know “"
                        + site.getCity()
                        + "”: give the coordinates instead."));
  }

  /** "Campus North, Hauptstraße 1, 10115 Berlin (52.52, 13.405)". */
  private static String state(Site site) {
    return site.getName()
        + ", "
        + site.address()
        + " ("
        + Objects.toString(site.getCoordinates(), "not on the map")
        + ")";
  }

  private void record(AuditEvent event) {
    auditLog.record(caller.get(), event);
    changed.fire(new SitesChanged());
  }
}
