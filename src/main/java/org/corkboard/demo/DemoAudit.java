package org.corkboard.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.audit.control.AuditEntries;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditEvent;

/**
 * A few audit entries of the demo board's administrator, so that the audit log has something to
 * show. Each says in its reason that it is demo data: nobody did these things.
 */
@Dependent
class DemoAudit {

  private static final String DEMO = "Demo data: written when the demo board was loaded. ";

  @Inject AuditEntries entries;

  void load(Account admin, Account moderator, Account colleague, Instant launch) {
    Actor actor = new Actor(admin.getId(), admin.getUsername());
    append(
        actor,
        AuditEvent.of("account.role.grant", "account", moderator.getId())
            .change("USER", "MODERATOR, USER")
            .because(DEMO + "Moritz moderates the board."),
        launch.plusSeconds(3_600));
    append(
        actor,
        AuditEvent.of("account.sessions.end", "account", colleague.getId())
            .because(DEMO + "A laptop was reported lost."),
        launch.plusSeconds(86_400));
  }

  private void append(Actor actor, AuditEvent event, Instant at) {
    entries.append(new AuditEntry(actor, event, at));
  }
}
