package org.corkboard.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditFilter;

/**
 * admin/audit/index.xhtml: the audit log, filtered by the address's parameters (person, action,
 * from, to: a search is bookmarkable), in a table paged and sorted in the database.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog auditLog;

  private String person;
  private String action;
  private String from;
  private String to;
  private AuditFilter filter = AuditFilter.ANY;
  private AuditEntriesModel entries;
  private List<String> actions;

  /** The view action: reads the filter; what cannot be used is left out with a note. */
  public void load() {
    AuditFilter.Parsed parsed = AuditFilter.parse(person, action, from, to);
    filter = parsed.filter();
    FacesContext context = FacesContext.getCurrentInstance();
    parsed
        .notes()
        .forEach(
            note ->
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, note, null)));
    entries = new AuditEntriesModel(auditLog, filter);
    actions = List.copyOf(auditLog.actions());
  }

  public AuditEntriesModel getEntries() {
    return entries;
  }

  public AuditFilter getFilter() {
    return filter;
  }

  /** The known action codes, for the action field's suggestions. */
  public List<String> getActions() {
    return actions;
  }

  public int getMaxExport() {
    return AuditLog.MAX_EXPORT;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
