package org.corkboard.people.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.corkboard.account.boundary.AccountDirectory;
import org.corkboard.account.boundary.Person;
import org.corkboard.account.entity.AccountState;
import org.corkboard.audit.boundary.AuditTrail;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.listing.boundary.OwnerListings;
import org.corkboard.moderation.boundary.PersonReports;

/**
 * admin/people/person.xhtml?id=…: one person's account, listings, the reports made by and about
 * them, and their audit trail. An unknown id is 404. The actions are {@link PersonActions}'.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject AccountDirectory directory;
  @Inject OwnerListings listings;
  @Inject PersonReports reports;
  @Inject AuditTrail trail;

  private Long id;
  private Person person;
  private List<OwnerListings.Line> listingLines;
  private List<PersonReports.Line> reportsBy;
  private List<PersonReports.Line> reportsAbout;
  private List<AuditEntry> entries;

  public void load() throws IOException {
    person = id == null ? null : directory.person(id).orElse(null);
    if (person == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(404, "No such person");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    listingLines = listings.of(id);
    reportsBy = reports.madeBy(id);
    reportsAbout = reports.about(id);
    entries = trail.ofAccount(id);
  }

  /** "Suspended until 3 May 2026, 10:00 UTC (reason)", or the state's name. */
  public String getState() {
    if (person.state() == AccountState.SUSPENDED) {
      return "Suspended until "
          + when(person.suspendedUntil())
          + " ("
          + person.suspensionReason()
          + ")";
    }
    return person.state().getLabel();
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public Person getPerson() {
    return person;
  }

  public List<OwnerListings.Line> getListings() {
    return listingLines;
  }

  public List<PersonReports.Line> getReportsBy() {
    return reportsBy;
  }

  public List<PersonReports.Line> getReportsAbout() {
    return reportsAbout;
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
