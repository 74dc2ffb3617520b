package org.corkboard.moderation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.corkboard.moderation.boundary.Reportable;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.platform.Refused;
import org.corkboard.platform.web.Actions;

/**
 * moderation/report.xhtml?listing=…, ?profile=… or ?message=…: the form that reports one subject,
 * and back to it with a thank-you.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reports reports;

  private Long listing;
  private Long profile;
  private Long message;
  private SubjectKind kind;
  private long subjectId;
  private String title;
  private String link;
  private boolean alreadyReported;
  private ReportReason reason;
  private String note;

  public void load() throws IOException {
    kind = listing != null ? SubjectKind.LISTING : profile != null ? SubjectKind.PROFILE : null;
    kind = message != null ? SubjectKind.MESSAGE : kind;
    if (kind == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Nothing");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    subjectId =
        kind == SubjectKind.LISTING ? listing : kind == SubjectKind.PROFILE ? profile : message;
    try {
      Reportable subject = reports.reportable(kind, subjectId);
      title = subject.title();
      link = subject.link();
      alreadyReported = reports.reportedByMe(kind).contains(subjectId);
    } catch (Refused refused) {
      Actions.error(null, refused.getMessage());
    }
  }

  public void report() throws IOException {
    if (!Actions.succeeded(() -> reports.report(kind, subjectId, reason, note))) {
      return;
    }
    Actions.confirm("Reported. Thank you: a moderator will look at it.");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + link);
  }

  public List<ReportReason> getReasons() {
    return List.of(ReportReason.values());
  }

  public boolean isReportable() {
    return title != null && !alreadyReported;
  }

  public String getTitle() {
    return title;
  }

  public String getLink() {
    return link;
  }

  public boolean isAlreadyReported() {
    return alreadyReported;
  }

  public Long getListing() {
    return listing;
  }

  public void setListing(Long listing) {
    this.listing = listing;
  }

  public Long getProfile() {
    return profile;
  }

  public void setProfile(Long profile) {
    this.profile = profile;
  }

  public Long getMessage() {
    return message;
  }

  public void setMessage(Long message) {
    this.message = message;
  }

  public ReportReason getReason() {
    return reason;
  }

  public void setReason(ReportReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
