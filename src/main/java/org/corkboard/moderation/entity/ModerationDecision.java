package org.corkboard.moderation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.account.entity.Account;
import org.corkboard.platform.Refused;

/**
 * A moderator's decision about a subject, with the reason they gave: kept as it was made (there is
 * no way to change one), to tell the owner why and to show what was decided before.
 */
@Entity
@Table(name = "moderation_decision")
public class ModerationDecision {

  public static final int MAX_REASON = 1000;

  @Id
  @SequenceGenerator(
      name = "moderation_decision_seq",
      sequenceName = "moderation_decision_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_decision_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private ModerationCase moderationCase;

  @Enumerated(EnumType.STRING)
  private SubjectKind kind;

  private long subjectId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private Account owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "moderator_id")
  private Account moderator;

  @Enumerated(EnumType.STRING)
  private Verdict decision;

  private String reason;
  private Integer suspensionDays;
  private Instant decidedAt;

  protected ModerationDecision() {}

  public ModerationDecision(
      ModerationCase moderationCase,
      Account moderator,
      Verdict decision,
      String reason,
      Integer suspensionDays,
      Instant now) {
    this.moderationCase = Objects.requireNonNull(moderationCase);
    this.kind = moderationCase.getKind();
    this.subjectId = moderationCase.getSubjectId();
    this.owner = moderationCase.getOwner();
    this.moderator = Objects.requireNonNull(moderator);
    this.decision = Objects.requireNonNull(decision);
    this.reason = checkedReason(reason);
    this.suspensionDays = decision == Verdict.SUSPEND ? suspensionDays : null;
    this.decidedAt = Objects.requireNonNull(now);
  }

  /** Every decision needs a reason: the owner is told it, and it is kept. */
  public static String checkedReason(String reason) {
    String trimmed = reason == null ? "" : reason.strip();
    if (trimmed.isEmpty()) {
      throw new Refused("reason", "Give a reason: the people concerned are told it.");
    }
    if (trimmed.length() > MAX_REASON) {
      throw new Refused("reason", "Keep the reason to " + MAX_REASON + " characters.");
    }
    return trimmed;
  }

  public Long getId() {
    return id;
  }

  public ModerationCase getModerationCase() {
    return moderationCase;
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

  public Account getModerator() {
    return moderator;
  }

  public Verdict getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public Integer getSuspensionDays() {
    return suspensionDays;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
