package org.corkboard.moderation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.boundary.ModerationQueue.Entry;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.platform.web.Actions;

/** admin/moderation/decide.xhtml?case=…: one waiting case, and the decision about it. */
@Named
@ViewScoped
public class DecideView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject ModerationQueue queue;
  @Inject Decisions decisions;

  private Long caseId;
  private Entry entry;
  private Verdict verdict;
  private String reason;
  private Integer days;

  public void load() throws IOException {
    entry = caseId == null ? null : queue.waitingCase(caseId).orElse(null);
    if (entry == null) {
      Actions.confirm("This was decided already, or is no longer in the queue.");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/admin/moderation/");
    }
  }

  public void decide() throws IOException {
    if (verdict == null) {
      Actions.error("verdict", "Choose a decision.");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (!Actions.succeeded(() -> decisions.decide(caseId, verdict, reason, days))) {
      return;
    }
    Actions.confirm("Decided: " + verdict.getLabel().toLowerCase(Locale.ROOT) + ".");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/moderation/");
  }

  /** The decisions that apply to this kind of subject. */
  public List<Verdict> getVerdicts() {
    return Arrays.stream(Verdict.values())
        .filter(v -> v.appliesTo(entry.subject().kind()))
        .toList();
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public Entry getEntry() {
    return entry;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public void setVerdict(Verdict verdict) {
    this.verdict = verdict;
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
}
