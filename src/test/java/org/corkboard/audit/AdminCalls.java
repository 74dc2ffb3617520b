package org.corkboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Identities;

/**
 * An administrator's calls in in-container tests, what they recorded in the audit log, and the
 * checks that an administrative service refuses bad input and every other caller.
 */
public final class AdminCalls {

  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] USER = {Role.USER};

  private final Account admin;
  private final AuditLog auditLog;

  public AdminCalls(Account admin, AuditLog auditLog) {
    this.admin = admin;
    this.auditLog = auditLog;
  }

  public <T> T call(Callable<T> call) throws Exception {
    return Identities.as(admin.getUsername(), ADMIN, call);
  }

  /** The entries this administrator recorded, newest first. */
  public List<AuditEntry> entries() throws Exception {
    return call(
        () ->
            auditLog.search(
                new AuditFilter(admin.getUsername(), null, null, null),
                AuditSort.NEWEST_FIRST,
                0,
                50));
  }

  /** Each call is refused to anonymous visitors, to a colleague and to a moderator. */
  public static void assertOnlyAdministrators(
      List<Callable<?>> calls, Account colleague, Account moderator) {
    for (Callable<?> call : calls) {
      assertThatThrownBy(() -> Identities.anonymously(call)).isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> Identities.as(colleague.getUsername(), USER, call))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> Identities.as(moderator.getUsername(), MODERATOR, call))
          .isInstanceOf(EJBAccessException.class);
    }
  }

  /** The call is refused with the message, for the input named {@code field} (null: none). */
  public static void assertRefused(Callable<?> call, String field, String message) {
    assertThatThrownBy(call::call)
        .isInstanceOf(Refused.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo(field));
  }
}
