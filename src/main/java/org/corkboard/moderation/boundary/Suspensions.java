package org.corkboard.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.corkboard.account.boundary.AdministeredAccounts;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.moderation.control.ModerationNews;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.control.SuspensionHolds;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.SubjectView;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * An administrator suspends a person without a report, from the person's page in the console: as a
 * moderator's suspension does, the person cannot sign in or post until then, their listings are
 * hidden meanwhile and they are told why. Nobody suspends themselves or the last administrator.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class Suspensions {

  public static final String SUSPENDED = "account.suspend";

  @Inject AdministeredAccounts administered;
  @Inject SuspensionHolds holds;
  @Inject Subjects subjects;
  @Inject ModerationNews news;
  @Inject Clock clock;

  /** Suspends the person for 1 to 365 days, if their account is as the administrator saw it. */
  public void suspend(long accountId, long version, Integer days, String reason) {
    String kept = ModerationDecision.checkedReason(reason);
    Account person = administered.toRestrict(accountId, version, "suspend");
    Instant now = clock.instant();
    SubjectView profile = subjects.view(SubjectKind.PROFILE, accountId, now);
    news.toOwner(person, profile, holds.suspend(person, kept, days, now));
    administered.record(
        AuditEvent.of(SUSPENDED, "account", accountId)
            .change(null, "until " + CurrentAccount.day(person))
            .because(kept));
  }
}
