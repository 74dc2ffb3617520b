package org.corkboard.account.entity;

import java.time.Instant;

/**
 * An administrator reactivated the account. Fired inside the transaction of the change, so that the
 * person's listings come back with it.
 */
public record AccountReactivated(Account account, Instant at) {}
