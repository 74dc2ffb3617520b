package org.corkboard.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountState;
import org.corkboard.account.entity.Role;

/** An account as administrators see it in the people table and on a person's page. */
public record Person(
    long id,
    long version,
    String displayName,
    String username,
    String email,
    boolean emailVerified,
    Set<Role> roles,
    AccountState state,
    Instant suspendedUntil,
    String suspensionReason,
    boolean passwordChangeRequired,
    boolean locked,
    boolean deactivated,
    Instant createdAt)
    implements Serializable {

  static Person of(Account account, Instant now) {
    return new Person(
        account.getId(),
        account.getVersion(),
        account.getDisplayName(),
        account.getUsername(),
        account.getEmail(),
        account.isEmailVerified(),
        Set.copyOf(account.getRoles()),
        account.stateAt(now),
        account.getSuspendedUntil(),
        account.getSuspensionReason(),
        account.isPasswordChangeRequired(),
        account.getLockedAt() != null,
        account.getDeactivatedAt() != null,
        account.getCreatedAt());
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The staff roles, in the menu's order, as the table shows them ("MODERATOR, ADMIN"). */
  public String getStaffRoles() {
    return roles.stream()
        .filter(role -> role != Role.USER)
        .sorted()
        .map(Role::name)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
