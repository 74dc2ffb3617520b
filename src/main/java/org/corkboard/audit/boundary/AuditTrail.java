package org.corkboard.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.corkboard.audit.control.AuditEntries;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * One person's trail in the audit log, for their page in the console: what was done to their
 * account and what they did themselves. Administrators only, as the whole log.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed("ADMIN")
public class AuditTrail {

  /** The most entries a person's page shows; the audit log's search finds the rest. */
  public static final int LIMIT = 100;

  @Inject AuditEntries entries;

  /** The newest entries about the account or by its owner. */
  public List<AuditEntry> ofAccount(long accountId) {
    return entries.ofAccount(accountId, LIMIT);
  }
}
