package org.corkboard.moderation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corkboard.account.entity.Account;
import org.corkboard.platform.Refused;

/**
 * Everything reported about one listing, profile or message. It waits in the queue from its first
 * open report (or its owner's request for another review) until a moderator decides; a decision
 * closes its open reports, and a later report opens it again. Each person reports a subject once.
 */
@Entity
@Table(name = "moderation_case")
@NamedQuery(
    name = "ModerationCase.findBySubject",
    query = "SELECT c FROM ModerationCase c WHERE c.kind = :kind AND c.subjectId = :subject")
public class ModerationCase {

  @Id
  @SequenceGenerator(
      name = "moderation_case_seq",
      sequenceName = "moderation_case_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_case_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private SubjectKind kind;

  private long subjectId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id")
  private Account owner;

  private boolean waiting;

  /** The people whose reports are open: what orders the queue and what holds a listing. */
  private int openReports;

  private Instant waitingSince;
  private boolean reviewRequested;

  @OneToMany(mappedBy = "moderationCase", cascade = CascadeType.PERSIST)
  @OrderBy("createdAt, id")
  private List<Report> reports = new ArrayList<>();

  @Version private long version;

  protected ModerationCase() {}

  public ModerationCase(SubjectKind kind, long subjectId, Account owner, Instant now) {
    this.kind = Objects.requireNonNull(kind);
    this.subjectId = subjectId;
    this.owner = Objects.requireNonNull(owner);
    this.waitingSince = Objects.requireNonNull(now);
  }

  /** A person reports the subject: once, and never their own. */
  public Report report(Account reporter, ReportReason reason, String note, Instant now) {
    if (owner.equals(reporter)) {
      throw new Refused("You cannot report your own " + noun() + ".");
    }
    if (reports.stream().anyMatch(r -> r.getReporter().equals(reporter))) {
      throw new Refused("You reported this already.");
    }
    Report report = new Report(this, reporter, reason, note, now);
    reports.add(report);
    openReports = (int) openReporters();
    waitFrom(now);
    return report;
  }

  /** The different people whose reports no decision has closed yet. */
  public long openReporters() {
    return reports.stream().filter(Report::isOpen).map(Report::getReporter).distinct().count();
  }

  /** Whether enough people reported this listing, since the last decision, to hide it. */
  public boolean holdsListing(int threshold) {
    return kind == SubjectKind.LISTING && openReporters() >= threshold;
  }

  /** A moderator decided: the open reports close, and the case leaves the queue. */
  public List<Report> decided(Instant now) {
    List<Report> closed = reports.stream().filter(Report::isOpen).toList();
    closed.forEach(r -> r.close(now));
    waiting = false;
    reviewRequested = false;
    openReports = 0;
    return closed;
  }

  /** The owner changed what a moderator hid and asks for another look: back into the queue. */
  public void reviewRequested(Instant now) {
    reviewRequested = true;
    waitFrom(now);
  }

  /** The word list held the listing for review when it was published or edited: into the queue. */
  public void heldForReview(Instant now) {
    waitFrom(now);
  }

  private void waitFrom(Instant now) {
    if (!waiting) {
      waiting = true;
      waitingSince = now;
    }
  }

  private String noun() {
    return switch (kind) {
      case LISTING -> "listing";
      case PROFILE -> "profile";
      case MESSAGE -> "message";
    };
  }

  public Long getId() {
    return id;
  }

  public SubjectKind getKind() {
    return kind;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public Account getOwner() {
    return owner;
  }

  public boolean isWaiting() {
    return waiting;
  }

  public int getOpenReports() {
    return openReports;
  }

  public Instant getWaitingSince() {
    return waitingSince;
  }

  public boolean isReviewRequested() {
    return reviewRequested;
  }

  public List<Report> getReports() {
    return List.copyOf(reports);
  }

  public List<Report> getOpenReportList() {
    return reports.stream().filter(Report::isOpen).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModerationCase c && id != null && id.equals(c.id);
  }

  @Override
  public int hashCode() {
    return ModerationCase.class.hashCode();
  }
}
