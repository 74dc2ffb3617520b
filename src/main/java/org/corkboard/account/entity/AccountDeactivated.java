package org.corkboard.account.entity;

import java.time.Instant;

/**
 * An administrator deactivated the account. Fired inside the transaction of the change, so that
 * what other features do about it (the listing feature hides the person's listings) commits or
 * rolls back with it.
 */
public record AccountDeactivated(Account account, Instant at) {}
