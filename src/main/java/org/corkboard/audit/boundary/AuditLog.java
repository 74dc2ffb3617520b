package org.corkboard.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.corkboard.audit.control.AuditEntries;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * The audit log: other services record what administrators and moderators do, and administrators
 * search it. Append-only: there is no way to change or delete an entry here or anywhere else in the
 * application.
 */
@Stateless
public class AuditLog {

  /**
   * The administrators' role, by name: the account feature records its own changes here, so the
   * audit log cannot depend on it.
   */
  private static final String ADMIN = "ADMIN";

  /** The most entries one export holds, newest first: enough for a review, small for a server. */
  public static final int MAX_EXPORT = 10_000;

  /** Whole days of filters are the server's days, as the dashboard's are. */
  private static final ZoneId DAYS = ZoneId.systemDefault();

  @Inject AuditEntries entries;
  @Inject Clock clock;

  /**
   * Records an action in the caller's transaction. MANDATORY, not REQUIRED: the entry must commit
   * or roll back together with the change it describes, so a change is never left without its entry
   * nor an entry without its change; a call outside a transaction is a mistake and fails at once
   * instead of committing an entry on its own. Open to every caller: the calling service has
   * already checked who may do what it records.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, AuditEvent event) {
    entries.append(new AuditEntry(actor, event, clock.instant()));
  }

  @RolesAllowed(ADMIN)
  @ActiveAccountsOnly
  public List<AuditEntry> search(AuditFilter filter, AuditSort sort, int first, int size) {
    return entries.find(filter, DAYS, sort, Math.max(0, first), Math.max(1, Math.min(size, 200)));
  }

  @RolesAllowed(ADMIN)
  @ActiveAccountsOnly
  public long count(AuditFilter filter) {
    return entries.count(filter, DAYS);
  }

  /** The newest {@link #MAX_EXPORT} entries the filter finds, for a CSV file. */
  @RolesAllowed(ADMIN)
  @ActiveAccountsOnly
  public List<AuditEntry> export(AuditFilter filter) {
    return entries.find(filter, DAYS, AuditSort.NEWEST_FIRST, 0, MAX_EXPORT);
  }

  /** The action codes recorded so far. */
  @RolesAllowed(ADMIN)
  @ActiveAccountsOnly
  public List<String> actions() {
    return entries.actions();
  }
}
