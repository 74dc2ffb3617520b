package org.corkboard.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.control.AuditEntries;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditEvent;

/** Writes audit entries for in-container tests, as a service in its own transaction would. */
@Stateless
@PermitAll
public class AuditWriter {

  @Inject AuditLog auditLog;
  @Inject AuditEntries entries;

  /** Records the event through the audit log, in this call's transaction. */
  public void record(Actor actor, AuditEvent event) {
    auditLog.record(actor, event);
  }

  /** Records the event, then fails, as a service whose change is refused afterwards. */
  public void recordThenFail(Actor actor, AuditEvent event) {
    auditLog.record(actor, event);
    throw new IllegalStateException("The change failed after it was recorded.");
  }

  /** An entry as if it had been recorded at that time. */
  public void recordAt(Actor actor, AuditEvent event, Instant at) {
    entries.append(new AuditEntry(actor, event, at));
  }

  /** A name of letters only (as action codes are) that no other test uses. */
  public static String uniqueWord() {
    String digits = Long.toString(System.nanoTime() % 1_000_000_000_000L);
    StringBuilder word = new StringBuilder("t");
    for (char digit : digits.toCharArray()) {
      word.append((char) ('a' + digit - '0'));
    }
    return word.toString();
  }
}
